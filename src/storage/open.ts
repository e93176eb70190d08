import { openDB, type IDBPDatabase } from 'idb';
import { StorageError } from './errors';
import { DB_VERSION, migrations, type Migration } from './migrations';
import { DB_NAME, type RapportSchema, type SchemaMeta } from './schema';

export type RapportDb = IDBPDatabase<RapportSchema>;

export interface OpenOptions {
  name?: string;
  /** Only tests open an older version, to write that version's data before upgrading it. */
  version?: number;
  /** How long another connection may block an upgrade before we give up instead of hanging. */
  blockedTimeoutMs?: number;
  /** Called when this connection was closed for someone else's upgrade or by the browser. */
  onClosed?: () => void;
  now?: () => number;
}

type UpgradeTx = Parameters<Migration>[0];

async function migrate(tx: UpgradeTx, from: number, to: number, now: number): Promise<void> {
  for (let version = from + 1; version <= to; version += 1) {
    const step = migrations[version - 1];
    if (!step) throw new Error(`no migration to version ${version}`);
    await step(tx);
  }
  const meta = tx.objectStore('meta');
  const previous = (await meta.get('schema')) as SchemaMeta | undefined;
  const record: SchemaMeta = { key: 'schema', version: to, history: [...(previous?.history ?? []), { from, to, at: now }] };
  await meta.put(record);
}

export async function openRapportDb(options: OpenOptions = {}): Promise<RapportDb> {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  const now = options.now ?? Date.now;
  let migrationError: unknown = null;
  let gaveUp = false;

  const opening = openDB<RapportSchema>(name, version, {
    upgrade(_db, oldVersion, _newVersion, tx) {
      const untyped = tx as unknown as UpgradeTx;
      // The abort below is reported by the rejected open; this only keeps it from also surfacing as unhandled.
      untyped.done.catch(() => undefined);
      // idb does not await upgrade(): a failed step must abort the versionchange transaction
      // itself, so the database stays at the old version with its data intact.
      migrate(untyped, oldVersion, version, now()).catch((err: unknown) => {
        migrationError = err;
        try {
          untyped.abort();
        } catch {
          // Already finished or aborted: the open rejects either way.
        }
      });
    },
    blocking(_current, _blocked, event) {
      // Another context wants a newer version: step aside instead of holding it up forever.
      (event.target as IDBDatabase).close();
      options.onClosed?.();
    },
    terminated() {
      options.onClosed?.();
    },
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      reject(new StorageError('db_blocked', 'Another Rapport window holds an older version of the database open; close other extension pages and retry.'));
    }, options.blockedTimeoutMs ?? 10_000);
  });
  opening.then((db) => {
    if (gaveUp) db.close();
  }, () => undefined);

  try {
    return await Promise.race([opening, timeout]);
  } catch (err) {
    if (migrationError !== null) {
      const message = migrationError instanceof Error ? migrationError.message : String(migrationError);
      throw new StorageError('db_unavailable', `Upgrading the database failed and was rolled back: ${message}`);
    }
    if (err instanceof StorageError) throw err;
    throw new StorageError('db_unavailable', `Could not open the database: ${err instanceof Error ? err.message : String(err)}`);
    // Stryker disable next-line BlockStatement: a timer left running fires after the open settled, when gaveUp no longer matters
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One connection, reopened on demand. The service worker may be stopped at any time, so this is a
 * cache only: nothing that matters lives in it.
 */
export interface DbProvider {
  get(): Promise<RapportDb>;
  close(): void;
}

export function createDbProvider(options: OpenOptions = {}): DbProvider {
  let current: Promise<RapportDb> | null = null;
  const forget = (): void => {
    current = null;
    options.onClosed?.();
  };
  return {
    get() {
      if (!current) {
        const attempt = openRapportDb({ ...options, onClosed: forget });
        current = attempt;
        attempt.catch(() => {
          if (current === attempt) current = null;
        });
      }
      return current;
    },
    close() {
      const closing = current;
      current = null;
      void closing?.then((db) => db.close(), () => undefined);
    },
  };
}
