import type { BackgroundDeps } from './deps';

/** The slice of browser.action (and browser.i18n.getMessage) the badge needs, so tests pass a fake. */
export interface BadgeActionLike {
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}
export type MessageLookup = (name: 'badgeOverdueTitle' | 'extName', substitution?: string) => string;

/** The toolbar badge has room for two digits. */
const BADGE_MAX = 99;
const FINDINGS_COLOUR = '#b45309';
const OVERDUE_COLOUR = '#1d4ed8';

/** The toolbar badge of one tab: the number (none for zero), its colour and the button's title. */
export function createSetBadge(action: BadgeActionLike, message: MessageLookup): BackgroundDeps['setBadge'] {
  return async (tabId, count, kind) => {
    // Overdue promises are a reminder, not a warning: another colour, and a title that says what the number counts.
    await action.setBadgeBackgroundColor({ tabId, color: kind === 'overdue' ? OVERDUE_COLOUR : FINDINGS_COLOUR });
    await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, BADGE_MAX)) : '' });
    const title = kind === 'overdue' && count > 0 ? message('badgeOverdueTitle', String(count)) : message('extName');
    await action.setTitle({ tabId, title });
  };
}
