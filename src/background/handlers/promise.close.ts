import type { RequestOf, ResponseData } from '../../shared/protocol';
import { closePromise } from '../../storage/promises';
import type { HandlerContext } from '../deps';
import { toPromiseItems } from '../records';

/** "done" keeps the promise, which is a give; "not-needed" lets it go. */
export async function promiseClose(req: RequestOf<'promise.close'>, { deps }: HandlerContext): Promise<ResponseData['promise.close']> {
  const db = await deps.db();
  const closed = await closePromise(db, req.id, req.outcome, deps.now());
  const [promise] = await toPromiseItems(db, [closed]);
  if (!promise) throw new Error('a closed promise did not map to an item');
  return { promise };
}
