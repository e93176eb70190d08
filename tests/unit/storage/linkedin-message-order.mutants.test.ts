import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll } from '../../../src/storage/dump';
import { importLinkedInExport, type LinkedInImportProgress } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { csv, ME_URL, zipOf } from './linkedin-export';

// Which order an import writes messages in, what its progress counts, and what it keeps by default.

const NOW = Date.UTC(2026, 10, 23);
const MESSAGE_HEAD = ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'CONTENT', 'IS MESSAGE DRAFT'];
const LENA = 'https://www.linkedin.com/in/lena-fischer';

function sent(i: number, over: Partial<Record<(typeof MESSAGE_HEAD)[number], string>> = {}): string[] {
  const minute = String(i % 60).padStart(2, '0');
  const hour = String(Math.floor(i / 60) % 24).padStart(2, '0');
  const row: Record<string, string> = {
    'CONVERSATION ID': 'c1', FROM: 'Pat Owner', 'SENDER PROFILE URL': ME_URL, TO: 'Lena Fischer', 'RECIPIENT PROFILE URLS': LENA,
    DATE: `2026-03-01 ${hour}:${minute}:00 UTC`, CONTENT: `note ${i}`, 'IS MESSAGE DRAFT': 'No', ...over,
  };
  return MESSAGE_HEAD.map((h) => row[h] ?? '');
}

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('the order messages are written in', () => {
  it('is the order of their urns, whatever the file’s order, also among urns that share their first digits', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => sent(i));
    await importLinkedInExport(db, zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) }), { now: NOW, batchSize: 1000 });
    const urns = (await dumpAll(db)).interactions.map((r) => r.urn ?? '');
    expect(urns).toHaveLength(400);
    // 400 keys over 4,096 three-digit buckets: some share a bucket, and their order is the sort's, not the file's.
    const prefixes = new Set(urns.map((u) => u.slice('li-export:msg:'.length, 'li-export:msg:'.length + 3)));
    expect(prefixes.size).toBeLessThan(400);
    expect(urns).toEqual([...urns].sort());
  });
});

describe('the progress of the messages phase', () => {
  it('counts every row of messages.csv, the skipped ones too, and ends at that total', async () => {
    const rows = [sent(1), sent(2, { 'IS MESSAGE DRAFT': 'Yes' }), sent(3), sent(4, { DATE: 'yesterday' })];
    const events: LinkedInImportProgress[] = [];
    const summary = await importLinkedInExport(db, zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) }), { now: NOW, batchSize: 3, onProgress: (p) => events.push(p) });
    expect(summary).toMatchObject({ messages: 4, interactionsAdded: 2, skippedRows: 2, skipped: { draft: 1, noDate: 1 } });
    expect(events.filter((e) => e.phase === 'messages').map((e) => `${e.done}/${e.total}`)).toEqual(['0/4', '3/4', '4/4']);
  });
});

describe('snippets of what was received', () => {
  it('are kept when the import is not told otherwise', async () => {
    // Two messages, so the export's owner is the one who wrote to Lena and heard back.
    const rows = [sent(1, { CONTENT: 'I wrote this' }), sent(2, { FROM: 'Lena Fischer', 'SENDER PROFILE URL': LENA, TO: 'Pat Owner', 'RECIPIENT PROFILE URLS': ME_URL, CONTENT: 'She wrote this' })];
    await importLinkedInExport(db, zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) }), { now: NOW });
    const stored = (await dumpAll(db)).interactions.map((r) => [r.contactId, r.kind, r.snippet]);
    expect(stored).toHaveLength(2);
    expect(stored).toContainEqual(['lena-fischer', 'received', 'She wrote this']);
    expect(stored).toContainEqual(['lena-fischer', 'sent', 'I wrote this']);
  });
});
