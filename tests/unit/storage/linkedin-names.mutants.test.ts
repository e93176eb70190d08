import { beforeEach, describe, expect, it } from 'vitest';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import type { RapportDb } from '../../../src/storage/open';
import { freshDb } from './fresh-db';
import { csv, ME_URL, MESSAGE_HEAD, zipOf } from './linkedin-export';

// Which name a person gets from messages that spell it differently: the newest row's, however the file is ordered.

const NOW = Date.UTC(2026, 10, 23);
const LENA = 'https://www.linkedin.com/in/lena-fischer';

let db: RapportDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('the name of a person many messages name', () => {
  it('is the one the newest message gives, neither the first nor the last the import reads', async () => {
    // Month of each message; the newest (May) is neither first nor last in the file.
    const months = [3, 1, 4, 2, 2, 1, 3, 2, 4, 1, 5, 3];
    const rows = months.map((month, i) => ['c1', 'Pat Owner', ME_URL, `Lena ${i}`, LENA, `2026-0${month}-${String(i + 1).padStart(2, '0')} 10:00:00 UTC`, `note ${i}`]);
    expect(await importLinkedInExport(db, zipOf({ 'messages.csv': csv(MESSAGE_HEAD, rows) }), { now: NOW })).toMatchObject({ interactionsAdded: 12 });
    expect(await db.get('contacts', 'lena-fischer')).toMatchObject({ name: 'Lena 10', lastInteractionAt: Date.UTC(2026, 4, 11, 10) });
  });
});
