import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../src/storage/migrations';
import { createDbProvider, openRapportDb } from '../../../src/storage/open';
import { DB_NAME } from '../../../src/storage/schema';
import { resetIndexedDb } from './fresh-db';

beforeEach(resetIndexedDb);

/** The raw open requests made from here on, to see what became of a connection nobody holds. */
function watchOpens(): IDBOpenDBRequest[] {
  const requests: IDBOpenDBRequest[] = [];
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
    const request = open(...args);
    requests.push(request);
    return request;
  };
  return requests;
}

/** An older connection that ignores versionchange: every upgrade waits for it. */
async function stubbornOld(): Promise<{ close(): void }> {
  (await openRapportDb({ version: 1 })).close();
  return openDB(DB_NAME, 1);
}

describe('an open that gave up waiting', () => {
  it('closes the connection that arrives after it, and the upgrade itself is kept', async () => {
    const stubborn = await stubbornOld();
    const requests = watchOpens();
    await expect(openRapportDb({ blockedTimeoutMs: 50 })).rejects.toMatchObject({ code: 'db_blocked' });
    const [late] = requests;
    if (!late) throw new Error('no open request');
    const arrived = new Promise((resolve) => late.addEventListener('success', resolve));
    stubborn.close();
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Nobody holds it: left open, it would block the next upgrade's versionchange for nothing.
    expect(() => late.result.transaction('meta')).toThrow();
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });
});

describe('the connection provider', () => {
  it('a failed open does not forget the open begun after it', async () => {
    const stubborn = await stubbornOld();
    const provider = createDbProvider({ blockedTimeoutMs: 50 });
    const first = provider.get();
    provider.close();
    const second = provider.get();
    expect(second).not.toBe(first);
    await expect(first).rejects.toMatchObject({ code: 'db_blocked' });
    expect(provider.get()).toBe(second);
    stubborn.close();
    await second.then((db) => db.close(), () => undefined);
  });
});

describe('a connection opened without onClosed', () => {
  it('steps aside for an upgrade all the same', async () => {
    const old = await openRapportDb({ version: 2 });
    const db = await openRapportDb({ blockedTimeoutMs: 2000 });
    expect(db.version).toBe(DB_VERSION);
    expect(() => old.transaction('meta')).toThrow();
    db.close();
  });

  it('closed by the browser, is just closed', async () => {
    const db = await openRapportDb();
    expect(() => forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0])).not.toThrow();
    expect(() => db.transaction('meta')).toThrow();
  });

  it('from a provider without onClosed, is forgotten when the browser closes it', async () => {
    const provider = createDbProvider();
    const first = await provider.get();
    expect(() => forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0])).not.toThrow();
    const second = await provider.get();
    expect(second).not.toBe(first);
    expect(await second.count('contacts')).toBe(0);
    provider.close();
  });
});
