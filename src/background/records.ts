import { NO_BOUNDARIES } from '../shared/boundaries';
import type { Contact, Interaction, PromiseItem } from '../shared/protocol';
import { getContact } from '../storage/contacts';
import type { RapportDb } from '../storage/open';
import type { ContactRecord, InteractionRecord, PromiseRecord } from '../storage/schema';

/** Storage records as the protocol shows them: index keys and hashes stay inside the worker. */
export function toContact(record: ContactRecord): Contact {
  const { wantKeys: _wants, haveKeys: _haves, nameKey: _name, ...contact } = record;
  return { ...contact, cadence: record.cadence ?? null, boundaries: { ...NO_BOUNDARIES, ...record.boundaries } };
}

export function toInteraction(record: InteractionRecord): Interaction {
  return { id: record.id ?? 0, kind: record.kind, surface: record.surface, snippet: record.snippet, at: record.at };
}


/** Promises as the popup shows them: with the person's name, which the record does not repeat. */
export async function toPromiseItems(db: RapportDb, records: readonly PromiseRecord[]): Promise<PromiseItem[]> {
  const names = new Map<string, string>();
  for (const id of new Set(records.map((r) => r.contactId))) names.set(id, (await getContact(db, id))?.name ?? '');
  return records.map((r) => ({
    id: r.id ?? 0, contactId: r.contactId, contactName: names.get(r.contactId) ?? '', snippet: r.snippet, due: r.due,
    dated: r.dated, status: r.status, madeAt: r.madeAt,
  }));
}
