import { beforeEach, describe, expect, it, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { dumpAll } from '../../../src/storage/dump';
import { getContext } from '../../../src/storage/context';
import { listInteractions } from '../../../src/storage/interactions';
import { importLinkedInExport, type LinkedInImportProgress } from '../../../src/storage/linkedin-export/import';
import { createSlicer } from '../../../src/storage/linkedin-export/slices';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { buildLinkedInZip, doubleEncode, generateExport, ME_URL, type ExportData } from './linkedin-export';

const NOW = Date.UTC(2026, 10, 23);
let db: RapportDb;

beforeEach(async () => {
  db = await freshDb();
});

const handmade: ExportData = {
  connections: [
    { first: doubleEncode('José'), last: 'Álvarez', url: 'https://www.linkedin.com/in/jose-alvarez', email: 'jose@example.com', company: 'Acme, Inc.', position: 'CTO', connectedOn: '23 Nov 2025' },
    { first: '小龙', last: '李', url: 'https://www.linkedin.com/in/li-xiaolong/', email: '', company: '"Quoted" Co', position: 'Founder', connectedOn: '2 Jan 2026' },
    { first: 'No', last: 'Url', url: '', email: '', company: '', position: '', connectedOn: '1 Jan 2020' },
  ],
  messages: [
    { conversationId: 'c1', title: '', from: 'Pat Owner', senderUrl: ME_URL, to: 'José Álvarez', recipientUrls: 'https://www.linkedin.com/in/jose-alvarez', date: '2026-11-02 14:03:22 UTC', subject: '', content: 'Hola José, "quick" question,\nabout the meetup?', folder: 'INBOX' },
    { conversationId: 'c1', title: '', from: doubleEncode('José Álvarez'), senderUrl: 'https://www.linkedin.com/in/jose-alvarez', to: 'Pat Owner', recipientUrls: ME_URL, date: '2026-11-03 09:00:00 UTC', subject: '', content: 'Sure,\n\nhappy to help.', folder: 'INBOX' },
    { conversationId: 'c2', title: '', from: 'Pat Owner', senderUrl: ME_URL, to: '李 小龙', recipientUrls: 'https://www.linkedin.com/in/li-xiaolong', date: '2026-10-01 08:00:00 UTC', subject: '', content: '你好!', folder: 'INBOX' },
    { conversationId: 'c3', title: 'Group, with comma', from: 'Pat Owner', senderUrl: ME_URL, to: 'José Álvarez, 李 小龙', recipientUrls: 'https://www.linkedin.com/in/jose-alvarez, https://www.linkedin.com/in/li-xiaolong', date: '2026-10-05 08:00:00 UTC', subject: '', content: 'Meet each other!', folder: 'INBOX' },
    { conversationId: 'c4', title: '', from: 'Recruiter Rita', senderUrl: 'https://www.linkedin.com/in/rita-recruits', to: 'Pat Owner', recipientUrls: ME_URL, date: '2026-09-01 10:00:00 UTC', subject: 'Opportunity', content: 'Hi Pat', folder: 'INBOX' },
  ],
  invitations: [
    { from: 'Pat Owner', to: 'Sam New', sentAt: '11/20/26, 2:03 PM', message: 'Loved your talk, can we connect?', direction: 'OUTGOING', inviterUrl: ME_URL, inviteeUrl: 'https://www.linkedin.com/in/sam-new' },
    { from: 'Pat Owner', to: 'Quiet One', sentAt: '11/21/26, 9:00 AM', message: '', direction: 'OUTGOING', inviterUrl: ME_URL, inviteeUrl: 'https://www.linkedin.com/in/quiet-one' },
  ],
};

describe('LinkedIn data-export import', () => {
  it('reads a real-shaped export: Notes preamble, BOM, quoted commas and newlines, non-Latin names, mojibake', async () => {
    const summary = await importLinkedInExport(db, buildLinkedInZip(handmade, { folder: 'Basic_LinkedInDataExport_11-23-2026' }), { now: NOW });
    expect(summary).toMatchObject({ connections: 3, messages: 5, invitations: 2, me: 'pat-owner', skippedRows: 0, byName: 1 });
    expect(summary.repairedFields).toBe(2);

    const jose = await db.get('contacts', 'jose-alvarez');
    expect(jose).toMatchObject({ name: 'José Álvarez', company: 'Acme, Inc.', email: 'jose@example.com', degree: 1, connectedOn: Date.UTC(2025, 10, 23) });
    expect((await db.get('contacts', 'li-xiaolong'))).toMatchObject({ name: '小龙 李', company: '"Quoted" Co' });

    const joseHistory = await listInteractions(db, 'jose-alvarez');
    expect(joseHistory.map((r) => [r.kind, r.snippet])).toEqual([
      ['received', 'Sure, happy to help.'],
      ['sent', 'Hola José, "quick" question, about the meetup?'],
      ['sent', 'Meet each other!'],
    ]);
    expect(await getContext(db, 'li-xiaolong', NOW)).toMatchObject({ sent: 2, received: 0 });
    // Someone who wrote to us but is not a connection is kept, named from the FROM column.
    expect(await db.get('contacts', 'rita-recruits')).toMatchObject({ name: 'Recruiter Rita', degree: null, connectedOn: null });
    // Invitation notes are first messages; an invitation without a note records nothing.
    expect((await listInteractions(db, 'sam-new'))[0]).toMatchObject({ kind: 'sent', surface: 'invite-note', at: Date.UTC(2026, 10, 20, 14, 3) });
    expect(await db.get('contacts', 'quiet-one')).toBeUndefined();
    expect(await db.get('contacts', 'pat-owner')).toBeUndefined();
  });

  it('importing the same file twice adds nothing', async () => {
    const zip = buildLinkedInZip(generateExport(300, 1500));
    const first = await importLinkedInExport(db, zip, { now: NOW });
    const before = await dumpAll(db);
    const second = await importLinkedInExport(db, zip, { now: NOW + 1000 });
    expect(first.interactionsAdded).toBeGreaterThan(1500);
    expect(second).toMatchObject({ interactionsAdded: 0, contactsAdded: 0, contactsUpdated: 0 });
    const after = await dumpAll(db);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.interactions).toEqual(before.interactions);
  });

  it('an import stopped mid-way resumes from its cursor and ends exactly like an uninterrupted one', async () => {
    const zip = buildLinkedInZip(generateExport(400, 2000));
    let batches = 0;
    const stopped = await importLinkedInExport(db, zip, {
      now: NOW,
      batchSize: 200,
      onProgress: (p) => {
        if (p.phase === 'messages' && p.done > 0 && ++batches === 3) throw new Error('service worker stopped');
      },
    }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(Error);
    // Stopped as the third batch was reported: the fourth, already queued behind it, still commits.
    expect((await db.get('meta', 'linkedin-import'))).toMatchObject({ phase: 'messages', done: 800 });

    const resumed = await importLinkedInExport(db, zip, { now: NOW, batchSize: 200 });
    expect(resumed.resumedRows).toBe(400 + 50 + 800);

    const reference = await freshDb();
    await importLinkedInExport(reference, zip, { now: NOW, batchSize: 200 });
    const [a, b] = [await dumpAll(db), await dumpAll(reference)];
    expect(a.contacts).toEqual(b.contacts);
    // Each database hashes with its own key (hash-key.ts): compare everything else.
    expect(a.interactions.map(({ id: _id, hash: _hash, ...r }) => r).sort((x, y) => (x.urn ?? '').localeCompare(y.urn ?? ''))).toEqual(
      b.interactions.map(({ id: _id, hash: _hash, ...r }) => r).sort((x, y) => (x.urn ?? '').localeCompare(y.urn ?? '')),
    );
  });

  it('writes the messages in the order of their urns, whatever the file\'s order, so the unique urn index grows at one end', async () => {
    const data = generateExport(60, 700);
    // The file's own order has urns all over the place (each digests its message).
    await importLinkedInExport(db, buildLinkedInZip(data), { now: NOW, batchSize: 100 });
    const messages = (await db.getAll('interactions')).filter((r) => r.urn?.startsWith('li-export:msg:'));
    expect(messages.length).toBeGreaterThan(700);
    // The digest, before the recipient: a group message's recipients come in the row's order.
    const keys = messages.map((r) => r.urn?.split(':')[2] ?? '');
    // getAll reads by key, that is in the order written: that order is the urns' own.
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBeGreaterThan(600);
  });

  it('reports progress per phase, ending with done = total', async () => {
    const events: LinkedInImportProgress[] = [];
    await importLinkedInExport(db, buildLinkedInZip(generateExport(120, 900)), { now: NOW, batchSize: 100, onProgress: (p) => events.push(p) });
    for (const phase of ['unzip', 'connections', 'invitations', 'messages'] as const) {
      const mine = events.filter((e) => e.phase === phase);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((e) => e.done)).toEqual([...mine.map((e) => e.done)].sort((x, y) => x - y));
      expect(mine.at(-1)?.done).toBe(mine.at(-1)?.total);
    }
    expect(events.filter((e) => e.phase === 'messages').length).toBe(10);
  });

  // How long a slice really runs is measured by tests/bench/store.bench.ts; here, the slicer's contract.
  it('the slicer hands the thread back once a slice has used its budget, and only then', async () => {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const slicer = createSlicer(10);
      // Yielding means settling only after a macrotask: still pending after any number of microtasks.
      const yields = async (): Promise<boolean> => {
        let settled = false;
        const yielding = slicer.maybeYield().then(() => { settled = true; });
        for (let i = 0; i < 20; i += 1) await Promise.resolve();
        const yielded = !settled;
        await yielding;
        return yielded;
      };
      clock = 9;
      expect(await yields()).toBe(false);
      clock = 10;
      expect(await yields()).toBe(true);
      clock = 19;
      expect(await yields()).toBe(false);
      clock = 25;
      expect(await yields()).toBe(true);
    } finally {
      now.mockRestore();
    }
  });

  it('a file that is not a ZIP, or a ZIP without LinkedIn files, is refused and writes nothing', async () => {
    await expect(importLinkedInExport(db, strToU8('PK\u0003\u0004 this is not really a zip'), { now: NOW })).rejects.toMatchObject({ code: 'invalid_import' });
    await expect(importLinkedInExport(db, zipSync({ 'notes.txt': strToU8('hello') }), { now: NOW })).rejects.toMatchObject({ code: 'invalid_import' });
    expect(await dumpAll(db)).toMatchObject({ contacts: [], interactions: [] });
  });
});
