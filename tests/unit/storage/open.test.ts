import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider, openRapportDb } from '../../../src/storage/open';
import { StorageError } from '../../../src/storage/errors';
import { DB_VERSION } from '../../../src/storage/migrations';
import { resetIndexedDb } from './fresh-db';

beforeEach(resetIndexedDb);

describe('opening the database', () => {
  it('an old connection steps aside (blocking -> close) so an upgrade does not wait, and its provider reopens', async () => {
    let closed = 0;
    const old = createDbProvider({ version: 2, onClosed: () => { closed += 1; } });
    const before = await old.get();
    await before.put('contacts', { id: 'ada', name: 'Ada' } as never);

    const upgraded = await openRapportDb({ blockedTimeoutMs: 2000 });
    expect(upgraded.version).toBe(DB_VERSION);
    expect(closed).toBe(1);
    upgraded.close();

    // The provider forgot the closed connection: it tries a fresh open (which old code at an
    // older version cannot do) instead of handing out the closed one.
    await expect(old.get()).rejects.toMatchObject({ code: 'db_unavailable' });
    const current = createDbProvider();
    expect((await (await current.get()).get('contacts', 'ada'))?.name).toBe('Ada');
    current.close();
  });

  it('a connection that never closes makes the upgrade fail with db_blocked instead of hanging', async () => {
    (await openRapportDb({ version: 1 })).close();
    const stubborn = await openDB('rapport', 1);
    const error = await openRapportDb({ blockedTimeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('db_blocked');
    stubborn.close();
    // Once the blocker is gone the late upgrade completes and its connection is closed, not leaked.
    const after = await openRapportDb();
    expect(after.version).toBe(DB_VERSION);
    after.close();
  });
});
