import type { RequestOf, ResponseData } from '../../shared/protocol';
import { keepInTouch, summarise } from '../../storage/contacts';
import type { HandlerContext } from '../deps';
import { toInteraction } from '../records';

/** Computed when the popup asks: no alarm, no new permission. */
export async function contactsKeepInTouch(_req: RequestOf<'contacts.keepInTouch'>, { deps }: HandlerContext): Promise<ResponseData['contacts.keepInTouch']> {
  const { due, scheduled } = await keepInTouch(await deps.db(), deps.now());
  return {
    scheduled,
    due: due.flatMap(({ contact, dueAt, last }) => (contact.cadence ? [{
      contact: summarise(contact),
      every: contact.cadence.every,
      dueAt,
      last: last ? toInteraction(last) : null,
      want: contact.wants[0] ?? null,
    }] : [])),
  };
}
