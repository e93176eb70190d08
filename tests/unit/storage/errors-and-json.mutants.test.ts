import { describe, expect, it } from 'vitest';
import { guarded, toStorageError } from '../../../src/storage/errors';
import { parseExportFile } from '../../../src/storage/export-file';
import { positionOfJsonError } from '../../../src/storage/json-location';

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

describe('where JSON.parse gave up, from its message', () => {
  it('reads V8’s quote only from a message that begins with it', () => {
    const source = '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15, x';
    const v8 = `Unexpected token 'x', ..."13,14,15, x" is not valid JSON`;
    expect(positionOfJsonError(source, v8)).toBe(source.indexOf('x'));
    expect(positionOfJsonError(source, `SyntaxError: ${v8}`)).toBeNull();
    // Even where the words after the prefix would quote the source.
    const quoted = '"x"aaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    expect(positionOfJsonError(quoted, ` Unexpected token 'x', "x"aaaaaaaaaaaaaaa"... is not valid JSON`)).toBeNull();
  });
});

describe('a backup that is valid JSON but not an object', () => {
  it('is refused at the root, "$", not at some field', () => {
    for (const source of ['42', 'null', '"a backup"']) {
      expect(() => parseExportFile(source)).toThrow(expect.objectContaining({ code: 'invalid_import', location: { path: '$' } }));
      expect(() => parseExportFile(source)).toThrow(/^\$: /u);
    }
  });
});
