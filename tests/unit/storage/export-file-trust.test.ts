import { describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import type { ContactRecord, InteractionRecord } from '../../../src/storage/schema';
import { rejectionOf } from './export-rejection';

const NOW = Date.UTC(2026, 10, 23);

function fileWith(contact: ContactRecord, interactions: (InteractionRecord & { id: number })[] = []): string {
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts: [contact], interactions }));
}

describe('a backup file is untrusted input', () => {
  it('a profile URL that is not https://www.linkedin.com/in/… is refused by path', () => {
    for (const profileUrl of ['javascript:alert(1)', 'https://evil.example/in/jo', 'http://www.linkedin.com/in/jo', 'https://www.linkedin.com/in/jo/../../feed']) {
      const error = rejectionOf(fileWith({ ...newContact('jo', NOW), profileUrl }));
      expect(error.location.path).toBe('$.contacts[0].profileUrl');
    }
    expect(parseExportFile(fileWith({ ...newContact('jo', NOW), profileUrl: 'https://www.linkedin.com/in/jo/' })).contacts).toHaveLength(1);
  });

  it('index keys that do not match their fields are rebuilt from the fields', () => {
    const contact = { ...newContact('jo', NOW, { wants: ['Design Help'], haves: ['Intros'] }), wantKeys: ['anything'], haveKeys: [] };
    const [read] = parseExportFile(fileWith(contact)).contacts;
    expect(read?.wantKeys).toEqual(['design help']);
    expect(read?.haveKeys).toEqual(['intros']);
  });

  it('the newest interaction of a contact is taken from the interactions, not from the file’s claim', () => {
    const contact = { ...newContact('jo', NOW), lastInteractionAt: NOW + 999_999 };
    const at = (id: number, when: number) => ({ id, contactId: 'jo', kind: 'sent' as const, surface: null, snippet: 'hi', hash: '', at: when });
    expect(parseExportFile(fileWith(contact, [at(1, NOW - 5), at(2, NOW - 1)])).contacts[0]?.lastInteractionAt).toBe(NOW - 1);
    expect(parseExportFile(fileWith(contact)).contacts[0]?.lastInteractionAt).toBeNull();
  });
});
