import type { RequestOf, ResponseData } from '../../shared/protocol';
import { updateContact } from '../../storage/contacts';
import type { HandlerContext } from '../deps';
import { toContact } from '../records';

export async function contactUpdate(req: RequestOf<'contact.update'>, { deps }: HandlerContext): Promise<ResponseData['contact.update']> {
  return { contact: toContact(await updateContact(await deps.db(), req.contactId, req.patch, deps.now())) };
}
