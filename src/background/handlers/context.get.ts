import type { RequestOf, ResponseData } from '../../shared/protocol';
import { getContext } from '../../storage/context';
import type { HandlerContext } from '../deps';

export async function contextGet(req: RequestOf<'context.get'>, { deps }: HandlerContext): Promise<ResponseData['context.get']> {
  // "Recently sent" reaches as far back as the copy-paste-blast rule is set to look.
  const { thresholds } = (await deps.settings.get()).engine.rules['copy-paste-blast'];
  return getContext(await deps.db(), req.contactId, deps.now(), thresholds.blastWindowDays);
}
