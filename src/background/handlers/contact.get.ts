import type { RequestOf, ResponseData, Stage } from '../../shared/protocol';
import { getContact } from '../../storage/contacts';
import { StorageError } from '../../storage/errors';
import { countKinds, listInteractions, type KindCounts } from '../../storage/interactions';
import type { HandlerContext } from '../deps';
import { toContact, toInteraction } from '../records';

/** new: they never wrote back. established: three or more messages each way. Anything between is warming. */
export function stageOf(counts: Pick<KindCounts, 'sent' | 'received'>): Stage {
  if (counts.received === 0) return 'new';
  return counts.received >= 3 && counts.sent >= 3 ? 'established' : 'warming';
}

export async function contactGet(req: RequestOf<'contact.get'>, { deps }: HandlerContext): Promise<ResponseData['contact.get']> {
  const db = await deps.db();
  const contact = await getContact(db, req.contactId);
  if (!contact) throw new StorageError('not_found', `No contact with id ${req.contactId}.`);
  const [interactions, counts] = await Promise.all([listInteractions(db, contact.id), countKinds(db, contact.id)]);
  return {
    contact: toContact(contact),
    interactions: interactions.map(toInteraction),
    balance: { gave: counts.gave + counts.intro, asked: counts.asked },
    stage: stageOf(counts),
  };
}
