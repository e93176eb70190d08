import type { RequestOf, ResponseData } from '../../shared/protocol';
import { upsertSeen } from '../../storage/contacts';
import { profileUrlFor } from '../../storage/ids';
import type { HandlerContext } from '../deps';
import { toContact } from '../records';

/** The profile URL is derived from the id, never taken from the page: the popup links to it. */
export async function contactSeen(req: RequestOf<'contact.seen'>, { deps }: HandlerContext): Promise<ResponseData['contact.seen']> {
  const contact = await upsertSeen(await deps.db(), { ...req.contact, profileUrl: profileUrlFor(req.contact.id) }, deps.now());
  return { contact: toContact(contact) };
}
