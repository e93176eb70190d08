import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider, openRapportDb } from '../../../src/storage/open';
import { DB_VERSION } from '../../../src/storage/migrations';
import { DB_NAME } from '../../../src/storage/schema';
import { resetIndexedDb } from './fresh-db';

beforeEach(resetIndexedDb);

describe('the schema record', () => {
  it('a new database records one step from nothing to the current version, at the time given', async () => {
    const db = await openRapportDb({ now: () => 1234 });
    expect(await db.get('meta', 'schema')).toEqual({ key: 'schema', version: DB_VERSION, history: [{ from: 0, to: DB_VERSION, at: 1234 }] });
    db.close();
  });

  it('each upgrade appends its step to the history', async () => {
    (await openRapportDb({ version: 2, now: () => 10 })).close();
    const db = await openRapportDb({ now: () => 20 });
    expect(await db.get('meta', 'schema')).toEqual({ key: 'schema', version: DB_VERSION, history: [{ from: 0, to: 2, at: 10 }, { from: 2, to: DB_VERSION, at: 20 }] });
    db.close();
  });

  it('opens the database of the name given, and Rapport’s otherwise', async () => {
    (await openRapportDb({ name: 'elsewhere' })).close();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toEqual(['elsewhere']);
    (await openRapportDb()).close();
    expect((await indexedDB.databases()).map((d) => d.name).sort()).toEqual(['elsewhere', DB_NAME].sort());
  });
});

describe('an open that fails', () => {
  it('a version with no migration is rolled back, and says which version', async () => {
    await expect(openRapportDb({ version: DB_VERSION + 1 })).rejects.toMatchObject({
      code: 'db_unavailable', message: `Upgrading the database failed and was rolled back: no migration to version ${DB_VERSION + 1}`,
    });
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    raw.close();
  });

  it('an older version than the one stored cannot be opened, and says why', async () => {
    (await openRapportDb()).close();
    const error = await openRapportDb({ version: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', code: 'db_unavailable' });
    expect((error as Error).message).toMatch(/^Could not open the database: \S/u);
  });

  it('a blocked upgrade says what to do', async () => {
    (await openRapportDb({ version: 1 })).close();
    const stubborn = await openDB(DB_NAME, 1);
    await expect(openRapportDb({ blockedTimeoutMs: 50 })).rejects.toMatchObject({
      code: 'db_blocked', message: 'Another Rapport window holds an older version of the database open; close other extension pages and retry.',
    });
    stubborn.close();
  });
});

describe('the connection provider', () => {
  it('hands out one connection until it is closed, then opens another', async () => {
    const provider = createDbProvider();
    const first = provider.get();
    expect(provider.get()).toBe(first);
    const db = await first;
    provider.close();
    const second = provider.get();
    expect(second).not.toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => db.transaction('contacts')).toThrow();
    (await second).close();
  });

  it('forgets a failed open, so the next get tries again', async () => {
    (await openRapportDb()).close();
    const provider = createDbProvider({ version: 1 });
    const failed = provider.get();
    await expect(failed).rejects.toMatchObject({ code: 'db_unavailable' });
    expect(provider.get()).not.toBe(failed);
    await provider.get().catch(() => undefined);
  });

  it('close before any get, or twice, is harmless', async () => {
    const provider = createDbProvider();
    provider.close();
    provider.close();
    const db = await provider.get();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('tells its owner when the browser closed the connection', async () => {
    let closed = 0;
    const provider = createDbProvider({ version: 2, onClosed: () => { closed += 1; } });
    const first = provider.get();
    await first;
    (await openRapportDb({ blockedTimeoutMs: 2000 })).close();
    expect(closed).toBe(1);
    expect(provider.get()).not.toBe(first);
    await provider.get().catch(() => undefined);
  });

  it('forgets a connection the browser closed by force (site data cleared), and the next get opens a new one', async () => {
    let closed = 0;
    const provider = createDbProvider({ onClosed: () => { closed += 1; } });
    const first = await provider.get();
    // fake-indexeddb's types name the class where it takes a connection.
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(closed).toBe(1);
    const second = await provider.get();
    expect(second).not.toBe(first);
    expect(await second.count('contacts')).toBe(0);
    provider.close();
  });
});
