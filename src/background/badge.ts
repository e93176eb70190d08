import type { BackgroundDeps, BadgeKind } from './deps';

/** The slice of browser.action (and browser.i18n.getMessage) the badge needs, so tests pass a fake. */
export interface BadgeActionLike {
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}
export type MessageLookup = (name: 'badgeOverdueTitle' | 'badgeCadenceTitle' | 'extName', substitution?: string) => string;

/** The toolbar badge has room for two digits. */
const BADGE_MAX = 99;
// Findings warn (amber); overdue promises and contacts due are reminders (blue, green).
const COLOURS: Readonly<Record<BadgeKind, string>> = { findings: '#b45309', overdue: '#1d4ed8', cadence: '#047857' };
const TITLES: Readonly<Record<BadgeKind, 'badgeOverdueTitle' | 'badgeCadenceTitle' | null>> = { findings: null, overdue: 'badgeOverdueTitle', cadence: 'badgeCadenceTitle' };

/** The toolbar badge of one tab: the number (none for zero), its colour and the button's title. */
export function createSetBadge(action: BadgeActionLike, message: MessageLookup): BackgroundDeps['setBadge'] {
  return async (tabId, count, kind) => {
    // A reminder's title says what the number counts.
    await action.setBadgeBackgroundColor({ tabId, color: COLOURS[kind] });
    await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, BADGE_MAX)) : '' });
    const titled = TITLES[kind];
    const title = titled !== null && count > 0 ? message(titled, String(count)) : message('extName');
    await action.setTitle({ tabId, title });
  };
}
