import type { RequestOf, ResponseData } from '../../shared/protocol';
import { keepInTouch } from '../../storage/contacts';
import { countOverdue, utcDay } from '../../storage/promises';
import type { HandlerContext } from '../deps';
import { RequestError } from '../request-error';

/**
 * One number on the toolbar, the most urgent first: the draft's findings (fix them before sending),
 * else promises past due (a word given), else contacts due on their keep-in-touch cadence (a habit).
 * Recomputed whenever a LinkedIn tab asks: a composer's findings change, the tab becomes visible,
 * local midnight passes, or the popup opens or closes a promise. No alarm, no new permission.
 */
export async function badgeSet(req: RequestOf<'badge.set'>, { deps, sender }: HandlerContext): Promise<ResponseData['badge.set']> {
  if (sender.kind !== 'content-script' || sender.tabId === null) throw new RequestError('forbidden_sender', 'badge.set needs a LinkedIn tab');
  if (req.count > 0) {
    await deps.setBadge(sender.tabId, req.count, 'findings');
    return {};
  }
  const db = await deps.db();
  const now = deps.now();
  const overdue = await countOverdue(db, utcDay(now));
  if (overdue > 0) {
    await deps.setBadge(sender.tabId, overdue, 'overdue');
    return {};
  }
  await deps.setBadge(sender.tabId, (await keepInTouch(db, now)).due.length, 'cadence');
  return {};
}
