import type { RequestOf, ResponseData } from '../../shared/protocol';
import { learnAliases } from '../../storage/merge';
import type { HandlerContext } from '../deps';

/** The page showed these ids for one person: from now on they resolve to one record (merged without loss if there were two). */
export async function aliasLearn(req: RequestOf<'alias.learn'>, { deps }: HandlerContext): Promise<ResponseData['alias.learn']> {
  const { id, merged } = await learnAliases(await deps.db(), req.ids, deps.now());
  return { id, merged };
}
