import type { ErrorCode } from '../shared/protocol';

/** A refusal decided by the background itself (as opposed to StorageError from the database). */
export class RequestError extends Error {
  override readonly name = 'RequestError';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
