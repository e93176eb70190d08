import { describe, expect, it } from 'vitest';
import { guarded, toStorageError } from '../../../src/storage/errors';
import { parseExportFile } from '../../../src/storage/export-file';

describe('what a storage failure says', () => {
  it('a rejection with nothing, or null, is a storage failure named Error', async () => {
    await expect(guarded(() => Promise.reject(undefined))).rejects.toMatchObject({ name: 'StorageError', code: 'storage_failed', message: 'Error: undefined' });
    expect(toStorageError(null)).toMatchObject({ code: 'storage_failed', message: 'Error: null' });
    expect(toStorageError('disk on fire')).toMatchObject({ code: 'storage_failed', message: 'Error: disk on fire' });
  });
});

describe('a backup that is not valid JSON', () => {
  it('says the line and the column where it stops making sense', () => {
    let error: unknown;
    try {
      parseExportFile('{\n  "format": rapport\n}');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'invalid_import', location: { line: 2, column: 13 } });
    expect((error as Error).message).toMatch(/^Not valid JSON at line 2, column 13: /u);
    expect((error as Error).message).not.toContain('truncated');
  });
});
