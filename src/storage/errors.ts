export type StorageErrorCode =
  | 'quota_exceeded'
  | 'db_blocked'
  | 'db_unavailable'
  | 'not_found'
  | 'invalid_import'
  | 'storage_failed';

export interface ErrorLocation {
  /** JSON path such as $.contacts[12].consent.value */
  path?: string;
  line?: number;
  column?: number;
}

/** The one error type the storage layer throws; the background turns it into `{ok:false, error}`. */
export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
  }
}

export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const name = (err as { name?: unknown }).name;
  // Chrome reports a full disk on the transaction as QuotaExceededError; Firefox as
  // NS_ERROR_DOM_QUOTA_REACHED in older builds.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps whatever IndexedDB threw to a StorageError; a quota error keeps its own code so the UI can say "disk full". */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  if (isQuotaError(err)) {
    return new StorageError('quota_exceeded', 'The browser refused to store more data (storage quota exceeded). Free disk space or export and delete old data.');
  }
  const name = typeof err === 'object' && err !== null ? String((err as { name?: unknown }).name ?? 'Error') : 'Error';
  const message = err instanceof Error ? err.message : String(err);
  return new StorageError('storage_failed', `${name}: ${message}`);
}

/** Runs a storage operation and rethrows anything it throws as a StorageError (never swallowed). */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStorageError(err);
  }
}
