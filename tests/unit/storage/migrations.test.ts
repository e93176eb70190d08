import { openDB } from 'idb';
import { ofContact, ofKind } from '../../../src/storage/by-contact';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb } from '../../../src/storage/open';
import { DB_VERSION, migrations, type InteractionV1 } from '../../../src/storage/migrations';
import { hashText, snippetOf } from '../../../src/storage/text';
import { resetIndexedDb } from './fresh-db';

const NOW = Date.UTC(2026, 10, 23);

/** Creates the database at an old version through the real migrations, ready for that version's records. */
async function createAtVersion(version: number): Promise<void> {
  (await openRapportDb({ version, now: () => NOW - 1000 })).close();
}

const v1Contact = (id: string, wants: string[] = [], haves: string[] = []) => ({
  id, name: `Name ${id}`, headline: '', profileUrl: `https://www.linkedin.com/in/${id}/`, email: '', company: '', position: '',
  connectedOn: NOW - 86_400_000 * 40, firstSeen: NOW - 86_400_000 * 50, degree: 1,
  consent: { value: null, at: null, note: '' }, wants, haves, tags: [], notes: 'kept as typed', updatedAt: NOW - 1000,
});

beforeEach(resetIndexedDb);

describe('migrations', () => {
  it('there is one migration per version and the current version is the last', () => {
    expect(migrations.length).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('v1 -> current: v1 interaction texts become snippet + hash, lastInteractionAt is back-filled, nothing is lost', async () => {
    const longText = `${'Hello   there,\n\n'.repeat(20)}end`;
    const v1Interactions: InteractionV1[] = [
      { contactId: 'ada', kind: 'sent', surface: 'message', text: longText, at: NOW - 5000, urn: 'urn:li:1' },
      { contactId: 'ada', kind: 'received', surface: 'message', text: 'Thanks!', at: NOW - 3000 },
      { contactId: 'bob', kind: 'gave', surface: null, text: '', at: NOW - 9000 },
    ];
    await createAtVersion(1);
    const v1 = await openDB('rapport', 1);
    await v1.put('contacts', v1Contact('ada'));
    await v1.put('contacts', v1Contact('bob'));
    await v1.put('contacts', v1Contact('cyd'));
    for (const r of v1Interactions) await v1.add('interactions', r);
    v1.close();

    const db = await openRapportDb({ now: () => NOW });
    const all = await db.getAll('interactions');
    expect(all).toHaveLength(3);
    expect(all[0]).toEqual({ id: 1, contactId: 'ada', kind: 'sent', surface: 'message', snippet: snippetOf(longText), hash: hashText(longText), at: NOW - 5000, urn: 'urn:li:1' });
    expect(all[0]?.snippet.length).toBe(140);
    expect(all.every((r) => !('text' in r))).toBe(true);
    expect(all[2]?.hash).toBe('');
    expect((await db.get('contacts', 'ada'))?.lastInteractionAt).toBe(NOW - 3000);
    expect((await db.get('contacts', 'bob'))?.lastInteractionAt).toBe(NOW - 9000);
    expect((await db.get('contacts', 'cyd'))?.lastInteractionAt).toBeNull();
    expect((await db.get('contacts', 'ada'))?.notes).toBe('kept as typed');
    expect(await db.countFromIndex('interactions', 'contactId_kind_at', ofKind('ada', 'sent'))).toBe(1);
    expect(all[1]?.hash).toBe(hashText('Thanks!'));
    expect(await db.get('meta', 'schema')).toEqual({ key: 'schema', version: DB_VERSION, history: [{ from: 0, to: 1, at: NOW - 1000 }, { from: 1, to: DB_VERSION, at: NOW }] });
    db.close();
  });

  it('v1 -> v2 alone: the step writes v2-shaped records that v2 code reads', async () => {
    await createAtVersion(1);
    const v1 = await openDB('rapport', 1);
    await v1.put('contacts', v1Contact('ada'));
    await v1.add('interactions', { contactId: 'ada', kind: 'note', surface: null, text: 'Likes   tea', at: NOW - 1 } satisfies InteractionV1);
    v1.close();
    const v2 = await openRapportDb({ version: 2, now: () => NOW });
    expect(v2.objectStoreNames.length).toBe(3);
    expect(await v2.get('interactions', 1)).toEqual({ id: 1, contactId: 'ada', kind: 'note', surface: null, snippet: 'Likes tea', hash: hashText('Likes tea'), at: NOW - 1 });
    expect((await v2.get('contacts', 'ada'))?.lastInteractionAt).toBe(NOW - 1);
    expect(v2.transaction('contacts').store.indexNames.contains('haveKeys')).toBe(false);
    v2.close();
  });

  it('v2 -> v3: wants/haves get normalised topic keys that the intro index finds', async () => {
    await createAtVersion(2);
    const v2 = await openDB('rapport', 2);
    await v2.put('contacts', { ...v1Contact('ada', ['  Design Feedback ', 'hiring']), lastInteractionAt: null });
    await v2.put('contacts', { ...v1Contact('bob', [], ['design feedback']), lastInteractionAt: NOW });
    v2.close();

    const db = await openRapportDb({ now: () => NOW });
    expect((await db.get('contacts', 'ada'))?.wantKeys).toEqual(['design feedback', 'hiring']);
    expect((await db.getAllFromIndex('contacts', 'haveKeys', 'design feedback')).map((c) => c.id)).toEqual(['bob']);
    expect((await db.get('contacts', 'bob'))?.lastInteractionAt).toBe(NOW);
    db.close();
  });

  it('v3 -> v4: every contact answers to no alias yet and gets its folded name key; a lookup by alias then finds it', async () => {
    await createAtVersion(3);
    const v3 = await openDB('rapport', 3);
    await v3.put('contacts', { ...v1Contact('ada'), name: 'José  Álvarez', lastInteractionAt: null, wantKeys: [], haveKeys: [] });
    await v3.put('contacts', { ...v1Contact('ACoAAB1x2y3z'), lastInteractionAt: NOW, wantKeys: [], haveKeys: [] });
    await v3.add('interactions', { contactId: 'ada', kind: 'sent', surface: 'message', snippet: 'hi', hash: hashText('hi'), at: NOW - 5 });
    v3.close();

    const db = await openRapportDb({ now: () => NOW });
    const ada = await db.get('contacts', 'ada');
    expect(ada?.aliases).toEqual([]);
    expect(ada?.nameKey).toBe('jose alvarez');
    expect(ada?.notes).toBe('kept as typed');
    expect((await db.get('contacts', 'ACoAAB1x2y3z'))?.aliases).toEqual([]);
    expect((await db.getAllFromIndex('contacts', 'nameKey', 'jose alvarez')).map((c) => c.id)).toEqual(['ada']);
    if (!ada) throw new Error('ada was lost');
    await db.put('contacts', { ...ada, aliases: ['ACoAAadaMember'] });
    expect((await db.getFromIndex('contacts', 'aliases', 'ACoAAadaMember'))?.id).toBe('ada');
    expect(await db.countFromIndex('interactions', 'contactId_kind_at', ofContact('ada'))).toBe(1);
    // The alias index is unique: one id cannot name two people.
    await expect(db.put('contacts', { ...ada, id: 'ACoAAB1x2y3z', aliases: ['ACoAAadaMember'] })).rejects.toThrow();
    db.close();
  });

  it('v4 -> v5: promises and invitations stores and a sparse cadence index appear, existing contacts and interactions untouched, and the indexes answer', async () => {
    await createAtVersion(4);
    const v4db = await openDB('rapport', 4);
    const contact = { ...v1Contact('ada'), lastInteractionAt: NOW - 10, wantKeys: [], haveKeys: [], aliases: [], nameKey: 'name ada' };
    await v4db.put('contacts', contact);
    const interaction = { contactId: 'ada', kind: 'sent', surface: 'message', snippet: "I'll send it Friday", hash: hashText("I'll send it Friday"), at: NOW - 10 };
    const interactionId = Number(await v4db.add('interactions', interaction));
    expect(v4db.objectStoreNames.contains('promises')).toBe(false);
    v4db.close();

    const v5 = await openRapportDb({ version: 5, now: () => NOW });
    expect(await v5.get('contacts', 'ada')).toEqual(contact);
    expect(await v5.get('interactions', interactionId)).toEqual({ ...interaction, id: interactionId });
    expect(await v5.count('promises')).toBe(0);
    await v5.add('promises', { contactId: 'ada', interactionId: interactionId, snippet: "I'll send it Friday", due: '2026-11-27', dated: true, status: 'open', madeAt: NOW - 10, closedAt: null });
    expect(await v5.countFromIndex('promises', 'contactId_status', ['ada', 'open'])).toBe(1);
    expect(await v5.countFromIndex('promises', 'status_due', IDBKeyRange.bound(['open', ''], ['open', '2026-11-27']))).toBe(1);
    expect(await v5.countFromIndex('promises', 'interactionId', interactionId)).toBe(1);
    // A contact without a cadence has no key in the cadence index; one with a cadence has.
    expect(await v5.countFromIndex('contacts', 'cadence')).toBe(0);
    await v5.put('contacts', { ...contact, degree: 1, id: 'bob', cadence: { every: '1m', since: NOW } });
    expect((await v5.getAllFromIndex('contacts', 'cadence')).map((c) => c.id)).toEqual(['bob']);
    await v5.add('invitations', { contactId: 'ada', at: NOW, withNote: false });
    expect(await v5.countFromIndex('invitations', 'at', IDBKeyRange.lowerBound(NOW - 1))).toBe(1);
    v5.close();
  });
});
