import type { RequestOf, ResponseData } from '../../shared/protocol';
import { getContext } from '../../storage/context';
import type { HandlerContext } from '../deps';

export async function contextGet(req: RequestOf<'context.get'>, { deps }: HandlerContext): Promise<ResponseData['context.get']> {
  return getContext(await deps.db(), req.contactId, deps.now());
}
