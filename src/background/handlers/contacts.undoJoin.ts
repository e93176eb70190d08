import type { RequestOf, ResponseData } from '../../shared/protocol';
import { getContact } from '../../storage/contacts';
import { undoMerge } from '../../storage/merge';
import type { HandlerContext } from '../deps';

/** Splits the join just made for `contactId` (its canonical id or an alias) back into the two records it was. */
export async function contactsUndoJoin(req: RequestOf<'contacts.undoJoin'>, { deps }: HandlerContext): Promise<ResponseData['contacts.undoJoin']> {
  const db = await deps.db();
  const kept = await getContact(db, req.contactId);
  await undoMerge(db, kept?.id ?? req.contactId);
  return {};
}
