import type { Contact, Interaction } from '../shared/protocol';
import type { ContactRecord, InteractionRecord } from '../storage/schema';

/** Storage records as the protocol shows them: index keys and hashes stay inside the worker. */
export function toContact(record: ContactRecord): Contact {
  const { wantKeys: _wants, haveKeys: _haves, nameKey: _name, ...contact } = record;
  return contact;
}

export function toInteraction(record: InteractionRecord): Interaction {
  return { id: record.id ?? 0, kind: record.kind, surface: record.surface, snippet: record.snippet, at: record.at };
}

