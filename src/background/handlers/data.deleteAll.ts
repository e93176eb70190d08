import type { RequestOf, ResponseData } from '../../shared/protocol';
import { deleteAll } from '../../storage/dump';
import type { HandlerContext } from '../deps';

/** Deletes the relationship history; settings are preferences, not data about people, and stay. */
export async function dataDeleteAll(_req: RequestOf<'data.deleteAll'>, { deps }: HandlerContext): Promise<ResponseData['data.deleteAll']> {
  await deleteAll(await deps.db());
  return {};
}
