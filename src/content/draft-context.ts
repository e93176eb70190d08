import type { Context } from '../rules/types';
import type { Composer, Recipient } from '../linkedin/types';
import type { AppSettings } from '../shared/settings';
import type { StoredContext } from '../shared/protocol';

/** Messages of this thread on screen, each way: the store may not have heard of them yet. */
export interface VisibleCounts { in: number; out: number }

export interface DraftSituation {
  composer: Pick<Composer, 'surface' | 'maxLength'>;
  recipient: Recipient | null;
  /** the store's history of this person; null while unknown or not yet answered */
  stored: StoredContext | null;
  visible: VisibleCounts;
}

/**
 * The relationship a draft is judged against: the store's history, raised to what the page itself
 * shows (a thread LinkedIn loaded before the store heard of it), with the page's own hints where the
 * store knows nothing (a first-degree badge means connected, an invite note means not yet).
 */
export function draftContext({ composer, recipient, stored, visible }: DraftSituation, settings: AppSettings): Context {
  const limit = composer.maxLength();
  return {
    surface: composer.surface,
    connectedDaysAgo: composer.surface === 'invite-note' ? null : stored?.connectedDaysAgo ?? (recipient?.degree === 1 ? 0 : null),
    sent: Math.max(stored?.sent ?? 0, visible.out),
    received: Math.max(stored?.received ?? 0, visible.in),
    gave: stored?.gave ?? 0,
    asked: stored?.asked ?? 0,
    consentToMailing: stored?.consentToMailing ?? null,
    recipientName: recipient?.name ?? null,
    // The dialog's own limit tells which invite-note allowance this account has.
    account: limit === null ? settings.account : limit >= 300 ? 'premium' : 'free',
    recentSent: stored?.recentSent ?? [],
    noPitches: stored?.noPitches ?? false,
    awayUntil: stored?.awayUntil ?? null,
    otherChannel: stored?.otherChannel ?? null,
  };
}
