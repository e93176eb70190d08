import type { RequestOf, ResponseData } from '../../shared/protocol';
import { countOverdue, utcDay } from '../../storage/promises';
import type { HandlerContext } from '../deps';
import { RequestError } from '../request-error';

/** The draft's findings come first; with none to show, the badge reminds of promises past due. */
export async function badgeSet(req: RequestOf<'badge.set'>, { deps, sender }: HandlerContext): Promise<ResponseData['badge.set']> {
  if (sender.kind !== 'content-script' || sender.tabId === null) throw new RequestError('forbidden_sender', 'badge.set needs a LinkedIn tab');
  if (req.count > 0) {
    await deps.setBadge(sender.tabId, req.count, 'findings');
  } else {
    await deps.setBadge(sender.tabId, await countOverdue(await deps.db(), utcDay(deps.now())), 'overdue');
  }
  return {};
}
