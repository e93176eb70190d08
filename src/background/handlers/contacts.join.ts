import type { RequestOf, ResponseData } from '../../shared/protocol';
import { joinContacts } from '../../storage/merge';
import type { HandlerContext } from '../deps';
import { toContact } from '../records';

export async function contactsJoin(req: RequestOf<'contacts.join'>, { deps }: HandlerContext): Promise<ResponseData['contacts.join']> {
  return { contact: toContact(await joinContacts(await deps.db(), req.contactId, req.otherId, deps.now())) };
}
