import type { RequestOf, ResponseData } from '../../shared/protocol';
import { introSuggestions } from '../../storage/contacts';
import type { HandlerContext } from '../deps';

export async function contactsIntroSuggestions(req: RequestOf<'contacts.introSuggestions'>, { deps }: HandlerContext): Promise<ResponseData['contacts.introSuggestions']> {
  return { suggestions: await introSuggestions(await deps.db(), req.contactId) };
}
