import { describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import type { InteractionRecord } from '../../../src/storage/schema';

const NOW = Date.UTC(2026, 10, 23);

const interaction = (id: number, contactId: string, urn?: string): InteractionRecord & { id: number } => ({
  id, contactId, kind: 'sent', surface: 'message', snippet: 'Hello', hash: '0123456789abcdef', at: NOW - id, ...(urn === undefined ? {} : { urn }),
});

function fileWith(contactIds: string[], interactions: (InteractionRecord & { id: number })[]): string {
  const contacts = contactIds.map((id) => newContact(id, NOW, { name: id }));
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts, interactions }));
}

/** A file that would silently lose records on import (a later put overwrites an earlier one) is refused by path. */
describe('an export file with duplicates', () => {
  it('a distinct file parses', () => {
    const file = parseExportFile(fileWith(['ada', 'bob'], [interaction(1, 'ada', 'urn:li:1'), interaction(2, 'bob', 'urn:li:2'), interaction(3, 'bob')]));
    expect(file.contacts).toHaveLength(2);
    expect(file.interactions).toHaveLength(3);
  });

  it('a contact id twice is refused at the second one', () => {
    expect(() => parseExportFile(fileWith(['ada', 'bob', 'ada'], []))).toThrow(
      expect.objectContaining({ code: 'invalid_import', message: '$.contacts[2].id: duplicate contact id ada', location: { path: '$.contacts[2].id' } }),
    );
  });

  it('an interaction id twice is refused at the second one', () => {
    expect(() => parseExportFile(fileWith(['ada'], [interaction(1, 'ada'), interaction(2, 'ada'), interaction(1, 'ada')]))).toThrow(
      expect.objectContaining({ message: '$.interactions[2].id: duplicate interaction id 1', location: { path: '$.interactions[2].id' } }),
    );
  });

  it('a message urn twice is refused at the second one; records without a urn never clash', () => {
    expect(() => parseExportFile(fileWith(['ada'], [interaction(1, 'ada', 'urn:li:9'), interaction(2, 'ada'), interaction(3, 'ada', 'urn:li:9')]))).toThrow(
      expect.objectContaining({ message: '$.interactions[2].urn: duplicate urn', location: { path: '$.interactions[2].urn' } }),
    );
  });

  it('an interaction for a contact the file does not hold is refused', () => {
    expect(() => parseExportFile(fileWith(['ada'], [interaction(1, 'bob')]))).toThrow(
      expect.objectContaining({ message: '$.interactions[0].contactId: no contact with id bob in the file' }),
    );
  });
});
