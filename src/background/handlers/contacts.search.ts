import type { RequestOf, ResponseData } from '../../shared/protocol';
import { searchContacts } from '../../storage/contacts';
import type { HandlerContext } from '../deps';

export async function contactsSearch(req: RequestOf<'contacts.search'>, { deps }: HandlerContext): Promise<ResponseData['contacts.search']> {
  return { contacts: await searchContacts(await deps.db(), req.query, req.limit ?? 50) };
}
