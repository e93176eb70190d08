import type { RequestOf, ResponseData } from '../../shared/protocol';
import { duePromises, openPromisesOf, utcDay } from '../../storage/promises';
import type { HandlerContext } from '../deps';
import { toPromiseItems } from '../records';

export async function promisesList(req: RequestOf<'promises.list'>, { deps }: HandlerContext): Promise<ResponseData['promises.list']> {
  const db = await deps.db();
  const today = utcDay(deps.now());
  const records = req.contactId === undefined ? await duePromises(db, today) : await openPromisesOf(db, req.contactId);
  return { promises: await toPromiseItems(db, records), today };
}
