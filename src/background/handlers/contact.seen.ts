import type { RequestOf, ResponseData } from '../../shared/protocol';
import { upsertSeen } from '../../storage/contacts';
import type { HandlerContext } from '../deps';
import { toContact } from '../records';

export async function contactSeen(req: RequestOf<'contact.seen'>, { deps }: HandlerContext): Promise<ResponseData['contact.seen']> {
  const contact = await upsertSeen(await deps.db(), req.contact, deps.now());
  return { contact: toContact(contact) };
}
