import { beforeEach, describe, expect, it } from 'vitest';
import { introSuggestions, reconnectCandidates, searchContacts, updateContact, upsertSeen } from '../../../src/storage/contacts';
import { countKinds, listInteractions, recordInteraction, recordIntro } from '../../../src/storage/interactions';
import { getContext } from '../../../src/storage/context';
import { monthStats } from '../../../src/storage/stats';
import { StorageError } from '../../../src/storage/errors';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12).getTime();
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

describe('contacts', () => {
  it('seeing someone as 1st degree dates the connection once; later sightings keep the date and typed fields', async () => {
    await upsertSeen(db, { id: 'ada', name: 'Ada', degree: 2 }, NOW - 10 * DAY);
    expect((await upsertSeen(db, { id: 'ada', name: 'Ada L.', degree: 1 }, NOW - 5 * DAY)).connectedOn).toBe(NOW - 5 * DAY);
    await updateContact(db, 'ada', { notes: 'met in Lisbon' }, NOW - DAY);
    const again = await upsertSeen(db, { id: 'ada', name: '', headline: 'CTO', degree: 1 }, NOW);
    expect(again).toMatchObject({ name: 'Ada L.', headline: 'CTO', connectedOn: NOW - 5 * DAY, notes: 'met in Lisbon', firstSeen: NOW - 10 * DAY });
  });

  it('consent records when it was given; updating an unknown contact is a not_found error', async () => {
    await upsertSeen(db, { id: 'ada', name: 'Ada' }, NOW);
    const c = await updateContact(db, 'ada', { consent: { value: true, note: 'asked at the meetup' }, wants: ['Intro to VCs '] }, NOW + 1);
    expect(c.consent).toEqual({ value: true, at: NOW + 1, note: 'asked at the meetup' });
    expect(c.wantKeys).toEqual(['intro to vcs']);
    await expect(updateContact(db, 'nobody', { notes: 'x' }, NOW)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('search ignores accents and case, finds wants and haves, and lists the most recently active first', async () => {
    await upsertSeen(db, { id: 'jose', name: 'José Álvarez' }, NOW);
    await upsertSeen(db, { id: 'josefine', name: 'Josefine Berg' }, NOW);
    await recordInteraction(db, { contactId: 'josefine', kind: 'sent', text: 'hej' }, NOW);
    expect((await searchContacts(db, 'JOSE', 10)).map((c) => c.id)).toEqual(['josefine', 'jose']);
    expect((await searchContacts(db, 'alvarez', 10)).map((c) => c.id)).toEqual(['jose']);
    await updateContact(db, 'jose', { wants: ['Hiring advice'], haves: ['Kubernetes'] }, NOW);
    expect((await searchContacts(db, 'kubernetes', 10)).map((c) => c.id)).toEqual(['jose']);
    expect((await searchContacts(db, 'hiring', 10)).map((c) => c.id)).toEqual(['jose']);
  });

  it('intro suggestions pair what one wants with what another has', async () => {
    for (const id of ['ada', 'bob', 'cyd']) await upsertSeen(db, { id, name: id.toUpperCase() }, NOW);
    await updateContact(db, 'ada', { wants: ['Design feedback'], haves: ['Rust mentoring'] }, NOW);
    await updateContact(db, 'bob', { haves: ['design feedback'] }, NOW);
    await updateContact(db, 'cyd', { wants: ['rust mentoring'] }, NOW);
    const suggestions = await introSuggestions(db, 'ada');
    expect(suggestions.map((s) => [s.contact.id, s.reason])).toEqual([
      ['bob', { kind: 'has', topic: 'design feedback' }],
      ['cyd', { kind: 'wants', topic: 'rust mentoring' }],
    ]);
  });

  it('reconnect lists only real two-way exchanges that went quiet for 90+ days', async () => {
    for (const id of ['quiet', 'oneway', 'recent']) await upsertSeen(db, { id, name: id }, NOW - 400 * DAY);
    await recordInteraction(db, { contactId: 'quiet', kind: 'sent', text: 'a', at: NOW - 200 * DAY }, NOW);
    await recordInteraction(db, { contactId: 'quiet', kind: 'received', text: 'b', at: NOW - 199 * DAY }, NOW);
    await recordInteraction(db, { contactId: 'oneway', kind: 'sent', text: 'a', at: NOW - 200 * DAY }, NOW);
    await recordInteraction(db, { contactId: 'recent', kind: 'sent', text: 'a', at: NOW - 200 * DAY }, NOW);
    await recordInteraction(db, { contactId: 'recent', kind: 'received', text: 'b', at: NOW - 10 * DAY }, NOW);
    expect((await reconnectCandidates(db, NOW)).map((c) => c.id)).toEqual(['quiet']);
  });
});

describe('interactions', () => {
  it('the same text to the same person within a minute is one message; a urn is recorded once', async () => {
    await upsertSeen(db, { id: 'ada', name: 'Ada' }, NOW);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'Hello  Ada' }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'Hello Ada' }, NOW + 30_000)).recorded).toBe(false);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'Hello Ada' }, NOW + 120_000)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'received', text: 'x', urn: 'urn:li:msg:1' }, NOW)).recorded).toBe(true);
    expect((await recordInteraction(db, { contactId: 'ada', kind: 'received', text: 'x', urn: 'urn:li:msg:1' }, NOW + DAY)).recorded).toBe(false);
    expect(await countKinds(db, 'ada')).toMatchObject({ sent: 2, received: 1 });
  });

  it('stores a 140-character snippet and a hash, never the whole text', async () => {
    const text = 'x'.repeat(5000);
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text }, NOW);
    const [record] = await listInteractions(db, 'ada');
    expect(record?.snippet).toHaveLength(140);
    expect(JSON.stringify(record)).not.toContain('x'.repeat(141));
  });

  it('an interaction for a contact not seen yet is kept under a stub contact', async () => {
    await recordInteraction(db, { contactId: 'stranger', kind: 'sent', text: 'hi' }, NOW);
    expect(await db.get('contacts', 'stranger')).toMatchObject({ id: 'stranger', lastInteractionAt: NOW });
  });

  it('lists newest first', async () => {
    for (const at of [3, 1, 2]) await recordInteraction(db, { contactId: 'ada', kind: 'note', text: `n${at}`, at: NOW + at }, NOW);
    expect((await listInteractions(db, 'ada')).map((r) => r.snippet)).toEqual(['n3', 'n2', 'n1']);
  });

  it('an intro is a give for both people; an unknown side writes nothing', async () => {
    await upsertSeen(db, { id: 'ada', name: 'Ada' }, NOW);
    await upsertSeen(db, { id: 'bob', name: 'Bob' }, NOW);
    await recordIntro(db, 'ada', 'bob', 'both into climate tech', NOW);
    expect((await getContext(db, 'ada', NOW)).gave).toBe(1);
    expect((await listInteractions(db, 'bob'))[0]?.snippet).toBe('Introduced to Ada: both into climate tech');
    await expect(recordIntro(db, 'ada', 'ghost', '', NOW)).rejects.toBeInstanceOf(StorageError);
    expect(await db.count('interactions')).toBe(2);
  });
});

describe('context for the engine', () => {
  it('counts this contact’s history and lists what was sent to others in the last 30 days', async () => {
    await upsertSeen(db, { id: 'ada', name: 'Ada', degree: 1 }, NOW - 45 * DAY);
    await updateContact(db, 'ada', { consent: { value: false } }, NOW);
    await recordInteraction(db, { contactId: 'ada', kind: 'sent', text: 'to ada' }, NOW - DAY);
    await recordInteraction(db, { contactId: 'ada', kind: 'received', text: 'from ada' }, NOW - DAY);
    await recordInteraction(db, { contactId: 'ada', kind: 'asked', text: 'a favour' }, NOW - DAY);
    for (let i = 0; i < 6; i += 1) await recordInteraction(db, { contactId: `other-${i}`, kind: 'sent', text: 'Quick question about your hiring plans' }, NOW - i * DAY);
    await recordInteraction(db, { contactId: 'other-0', kind: 'sent', text: 'Quick question about your hiring plans' }, NOW - 3 * DAY);
    await recordInteraction(db, { contactId: 'old', kind: 'sent', text: 'too old' }, NOW - 31 * DAY);

    const ctx = await getContext(db, 'ada', NOW);
    expect(ctx).toMatchObject({ connectedDaysAgo: 45, sent: 1, received: 1, gave: 0, asked: 1, consentToMailing: false });
    expect(ctx.recentSent).toEqual(Array(6).fill('Quick question about your hiring plans'));
  });

  it('an unknown contact is a stranger: not connected, nothing exchanged, consent never asked', async () => {
    expect(await getContext(db, 'nobody', NOW)).toEqual({
      connectedDaysAgo: null, sent: 0, received: 0, gave: 0, asked: 0, consentToMailing: null, recentSent: [], noPitches: false, awayUntil: null, otherChannel: null,
    });
  });
});

describe('month stats', () => {
  it('counts this calendar month only', async () => {
    await recordInteraction(db, { contactId: 'ada', kind: 'gave', text: 'g', at: new Date(2026, 10, 1).getTime() }, NOW);
    await recordInteraction(db, { contactId: 'ada', kind: 'gave', text: 'g', at: new Date(2026, 9, 31, 23).getTime() }, NOW);
    await recordInteraction(db, { contactId: 'ada', kind: 'received', text: 'r' }, NOW);
    expect(await monthStats(db, NOW)).toEqual({ gave: 1, intros: 0, asked: 0, replies: 1, sent: 0 });
  });
});

describe('recent sends after the store is replaced', () => {
  it('a replaced or deleted store never serves the old sends from the lookup cache', async () => {
    const { deleteAll, dumpAll, replaceAll } = await import('../../../src/storage/dump');
    const { buildExportFile } = await import('../../../src/storage/export-file');
    await recordInteraction(db, { contactId: 'bob', kind: 'sent', text: 'old text' }, NOW);
    expect((await getContext(db, 'ada', NOW)).recentSent).toEqual(['old text']);
    const { contacts, interactions } = await dumpAll(db);
    const replaced = interactions.map((r) => ({ ...r, snippet: 'new text' }));
    await replaceAll(db, buildExportFile({ exportedAt: NOW, settings: null, contacts, interactions: replaced }));
    expect((await getContext(db, 'ada', NOW)).recentSent).toEqual(['new text']);
    await deleteAll(db);
    expect((await getContext(db, 'ada', NOW)).recentSent).toEqual([]);
  });
});
