import { StorageError } from '../../../src/storage/errors';
import { parseExportFile } from '../../../src/storage/export-file';

/** The error a backup file is refused with; a file that parses fails the test. */
export function rejectionOf(text: string): StorageError {
  try {
    parseExportFile(text);
  } catch (err) {
    if (err instanceof StorageError) return err;
    throw err;
  }
  throw new Error('expected the file to be rejected');
}

/** The error `run` is refused with; a run that succeeds fails the test. */
export async function refusal(run: () => Promise<unknown>, expected: string): Promise<StorageError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof StorageError) return err;
    throw err;
  }
  throw new Error(`expected ${expected} to be refused`);
}
