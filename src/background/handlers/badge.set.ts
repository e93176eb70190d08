import type { RequestOf, ResponseData } from '../../shared/protocol';
import { keepInTouch } from '../../storage/contacts';
import { countOverdue, utcDay } from '../../storage/promises';
import type { BackgroundDeps, HandlerContext } from '../deps';
import { RequestError } from '../request-error';

/**
 * One number on the toolbar, the most urgent first: the focused draft's findings (fix them before
 * sending), else promises past due (a word given), else contacts due on their keep-in-touch cadence
 * (a habit). Recomputed whenever a frame of a LinkedIn tab asks: a composer's findings change, the
 * tab becomes visible, local midnight passes, or the popup opens or closes a promise. No alarm, no
 * new permission. Which draft counts is the board's to say (badge-board.ts), whichever frame asked.
 */
export async function badgeSet(req: RequestOf<'badge.set'>, { deps, sender }: HandlerContext): Promise<ResponseData['badge.set']> {
  if (sender.kind !== 'content-script' || sender.tabId === null) throw new RequestError('forbidden_sender', 'badge.set needs a LinkedIn tab');
  // Findings with no time are a draft all the same, behind every draft that says when it was focused.
  deps.badgeBoard.report(sender.tabId, sender.frameId, { count: req.count, focusedAt: req.focusedAt ?? (req.count > 0 ? 0 : null) });
  await showBadge(sender.tabId, deps);
  return {};
}

/** Writes the tab's badge from the board as it stands once the writes asked for before have landed. */
export function showBadge(tabId: number, deps: BackgroundDeps): Promise<void> {
  return deps.badgeBoard.serialise(tabId, async () => {
    const findings = deps.badgeBoard.findings(tabId);
    if (findings > 0) {
      await deps.setBadge(tabId, findings, 'findings');
      return;
    }
    const db = await deps.db();
    const now = deps.now();
    const overdue = await countOverdue(db, utcDay(now));
    if (overdue > 0) {
      await deps.setBadge(tabId, overdue, 'overdue');
      return;
    }
    await deps.setBadge(tabId, (await keepInTouch(db, now)).due.length, 'cadence');
  });
}
