import type { RequestOf, ResponseData } from '../../shared/protocol';
import { reconnectCandidates } from '../../storage/contacts';
import type { HandlerContext } from '../deps';

export async function contactsReconnect(_req: RequestOf<'contacts.reconnect'>, { deps }: HandlerContext): Promise<ResponseData['contacts.reconnect']> {
  return { contacts: await reconnectCandidates(await deps.db(), deps.now()) };
}
