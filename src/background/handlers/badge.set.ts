import type { RequestOf, ResponseData } from '../../shared/protocol';
import type { HandlerContext } from '../deps';
import { RequestError } from '../request-error';

export async function badgeSet(req: RequestOf<'badge.set'>, { deps, sender }: HandlerContext): Promise<ResponseData['badge.set']> {
  if (sender.kind !== 'content-script' || sender.tabId === null) throw new RequestError('forbidden_sender', 'badge.set needs a LinkedIn tab');
  await deps.setBadge(sender.tabId, req.count);
  return {};
}
