import { describe, expect, it } from 'vitest';
import { guarded, isQuotaError, StorageError, toStorageError } from '../../../src/storage/errors';

describe('storage errors', () => {
  it('a StorageError names itself, keeps its code and message, and has no location unless given one', () => {
    const plain = new StorageError('not_found', 'No such contact.');
    expect(plain).toBeInstanceOf(Error);
    expect(plain.name).toBe('StorageError');
    expect(plain.message).toBe('No such contact.');
    expect(plain.code).toBe('not_found');
    expect(plain.location).toEqual({});
    expect(new StorageError('invalid_import', 'Bad.', { path: '$.contacts[0]', line: 2, column: 5 }).location).toEqual({ path: '$.contacts[0]', line: 2, column: 5 });
  });

  it('knows a full disk by the names Chrome and Firefox give it, and nothing else', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    for (const other of [new DOMException('x', 'AbortError'), new Error('QuotaExceededError'), { name: 'quotaexceedederror' }, {}, null, undefined, 'QuotaExceededError', 22]) {
      expect(isQuotaError(other)).toBe(false);
    }
  });

  it('turns a quota error into quota_exceeded with what to do about it', () => {
    const error = toStorageError(new DOMException('disk', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('quota_exceeded');
    expect(error.message).toBe('The browser refused to store more data (storage quota exceeded). Free disk space or export and delete old data.');
  });

  it('turns anything else into storage_failed, naming what was thrown', () => {
    expect(toStorageError(new DOMException('The transaction was aborted.', 'AbortError'))).toMatchObject({ code: 'storage_failed', message: 'AbortError: The transaction was aborted.' });
    expect(toStorageError(new TypeError('x is undefined')).message).toBe('TypeError: x is undefined');
    expect(toStorageError({ name: 'DataError' }).message).toBe('DataError: [object Object]');
    expect(toStorageError({ reason: 'odd' }).message).toBe('Error: [object Object]');
    expect(toStorageError('a string').message).toBe('Error: a string');
    expect(toStorageError(null).message).toBe('Error: null');
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('db_blocked', 'Blocked.');
    expect(toStorageError(original)).toBe(original);
  });

  it('guarded returns what the operation returns and rethrows its failure as a StorageError', async () => {
    await expect(guarded(() => Promise.resolve(42))).resolves.toBe(42);
    await expect(guarded(() => Promise.reject(new RangeError('out')))).rejects.toMatchObject({ name: 'StorageError', code: 'storage_failed', message: 'RangeError: out' });
    await expect(guarded(() => { throw new DOMException('full', 'QuotaExceededError'); })).rejects.toMatchObject({ code: 'quota_exceeded' });
  });
});
