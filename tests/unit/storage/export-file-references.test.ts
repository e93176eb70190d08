import { describe, expect, it } from 'vitest';
import { newContact } from '../../../src/storage/contacts';
import { buildExportFile, parseExportFile, serialiseExportFile } from '../../../src/storage/export-file';
import type { ContactRecord, InteractionRecord, InvitationRecord, PromiseRecord } from '../../../src/storage/schema';
import { rejectionOf } from './export-rejection';

const NOW = Date.UTC(2026, 10, 23);

const sent = (id: number, contactId: string): InteractionRecord & { id: number } => ({
  id, contactId, kind: 'sent', surface: 'message', snippet: 'I will send the deck', hash: '0123456789abcdef', at: NOW - id,
});
const promise = (id: number, contactId: string, interactionId: number): PromiseRecord & { id: number } => ({
  id, contactId, interactionId, snippet: 'send the deck', due: '2026-11-25', dated: true, status: 'open', madeAt: NOW - 1, closedAt: null,
});
const invitation = (id: number, contactId: string): InvitationRecord & { id: number } => ({ id, contactId, at: NOW - id, withNote: false });

function fileOf(parts: {
  contacts?: ContactRecord[];
  interactions?: (InteractionRecord & { id: number })[];
  promises?: (PromiseRecord & { id: number })[];
  invitations?: (InvitationRecord & { id: number })[];
}): string {
  const { contacts = [newContact('ada', NOW, { name: 'Ada' })], interactions = [sent(1, 'ada')], promises = [], invitations = [] } = parts;
  return serialiseExportFile(buildExportFile({ exportedAt: NOW, settings: {}, contacts, interactions, promises, invitations }));
}

/** A record that points nowhere, or an id used twice, would be lost or dangle after import: refused by path. */
describe('references inside a backup file', () => {
  it('a file whose records all point to what it holds parses', () => {
    const file = parseExportFile(fileOf({ promises: [promise(1, 'ada', 1)], invitations: [invitation(1, 'ada'), invitation(2, 'bob')] }));
    expect([file.promises?.length, file.invitations?.length]).toEqual([1, 2]);
  });

  it('an alias that is another contact\'s id names two people: refused', () => {
    const contacts = [newContact('ada', NOW, { name: 'Ada' }), { ...newContact('ACoAAAdaMember', NOW, { name: 'Ada' }), aliases: ['ada'] }];
    const error = rejectionOf(fileOf({ contacts }));
    expect(error.message).toBe('$.contacts[1].aliases[0]: ada is already a contact id');
    expect(error.location).toEqual({ path: '$.contacts[1].aliases[0]' });
  });

  it('the same alias on two contacts is refused at the second', () => {
    const contacts = [{ ...newContact('ada', NOW), aliases: ['ACoAAShared'] }, { ...newContact('bob', NOW), aliases: ['ACoAAShared'] }];
    expect(rejectionOf(fileOf({ contacts, interactions: [] })).location).toEqual({ path: '$.contacts[1].aliases[0]' });
  });

  it('an interaction of someone the file does not hold is refused at its contactId', () => {
    expect(rejectionOf(fileOf({ interactions: [sent(1, 'ada'), sent(2, 'bob')] })).location).toEqual({ path: '$.interactions[1].contactId' });
  });

  it('a promise of someone the file does not hold, or of a message it does not hold, is refused', () => {
    const noPerson = rejectionOf(fileOf({ promises: [promise(1, 'bob', 1)] }));
    expect(noPerson.message).toBe('$.promises[0].contactId: no contact with id bob in the file');
    expect(noPerson.location).toEqual({ path: '$.promises[0].contactId' });
    const noMessage = rejectionOf(fileOf({ promises: [promise(1, 'ada', 7)] }));
    expect(noMessage.message).toBe('$.promises[0].interactionId: no interaction with id 7 in the file');
    expect(noMessage.location).toEqual({ path: '$.promises[0].interactionId' });
  });

  it('a promise id or an invitation id twice is refused at the second', () => {
    const promises = rejectionOf(fileOf({ promises: [promise(4, 'ada', 1), promise(4, 'ada', 1)] }));
    expect(promises.message).toBe('$.promises[1].id: duplicate promise id 4');
    expect(promises.location).toEqual({ path: '$.promises[1].id' });
    const invitations = rejectionOf(fileOf({ invitations: [invitation(1, 'ada'), invitation(2, 'ada'), invitation(2, 'bob')] }));
    expect(invitations.message).toBe('$.invitations[2].id: duplicate invitation id 2');
    expect(invitations.location).toEqual({ path: '$.invitations[2].id' });
  });
});

describe('a file that is not JSON', () => {
  it('an error inside the file says where and is not called truncated, leading blank lines or not', () => {
    for (const source of ['{"format": tru, "version": 1}', '\n\n\n      {"format": 1, "x": tr}']) {
      const error = rejectionOf(source);
      expect(error.message).toMatch(/^Not valid JSON at line \d+, column \d+: /u);
      expect(error.message).not.toContain('truncated');
      expect(error.location.line).toBeGreaterThan(0);
    }
  });

  it('an error with no position says neither where nor truncated', () => {
    const error = rejectionOf('nope');
    expect(error.message).toMatch(/^Not valid JSON: /u);
    expect(error.location).toEqual({});
  });
});
