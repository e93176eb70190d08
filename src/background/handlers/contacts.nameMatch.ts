import type { RequestOf, ResponseData } from '../../shared/protocol';
import { nameMatch } from '../../storage/contacts';
import type { HandlerContext } from '../deps';

export async function contactsNameMatch(req: RequestOf<'contacts.nameMatch'>, { deps }: HandlerContext): Promise<ResponseData['contacts.nameMatch']> {
  return { match: await nameMatch(await deps.db(), req.contactId) };
}
