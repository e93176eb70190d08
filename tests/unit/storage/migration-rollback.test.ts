import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Migration } from '../../../src/storage/migrations';
import { resetIndexedDb } from './fresh-db';

// One more version whose step writes, waits, then fails: what a buggy migration in a future
// release does. The real steps stay as they are.
vi.mock('../../../src/storage/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/storage/migrations')>();
  const failing: Migration = async (tx) => {
    const contacts = tx.objectStore('contacts');
    const ada = (await contacts.get('ada')) as Record<string, unknown>;
    await contacts.put({ ...ada, notes: 'half-migrated' });
    throw new Error('step 4 broke');
  };
  return { ...real, migrations: [...real.migrations, failing], DB_VERSION: real.migrations.length + 1 };
});

const { openRapportDb } = await import('../../../src/storage/open');
const { DB_VERSION } = await import('../../../src/storage/migrations');

beforeEach(resetIndexedDb);

describe('a migration step that fails', () => {
  it('rolls the whole upgrade back: the open is refused and the database stays at the old version with its data', async () => {
    const old = await openRapportDb({ version: DB_VERSION - 1, now: () => 1 });
    await old.put('contacts', { id: 'ada', name: 'Ada', notes: 'typed by hand' } as never);
    old.close();

    await expect(openRapportDb({ now: () => 2 })).rejects.toMatchObject({
      code: 'db_unavailable',
      message: expect.stringContaining('rolled back: step 4 broke'),
    });

    const after = await openDB('rapport');
    expect(after.version).toBe(DB_VERSION - 1);
    expect(await after.get('contacts', 'ada')).toMatchObject({ notes: 'typed by hand' });
    expect(await after.get('meta', 'schema')).toMatchObject({ version: DB_VERSION - 1 });
    after.close();
  });
});
