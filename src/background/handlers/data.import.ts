import type { RequestOf, ResponseData } from '../../shared/protocol';
import { parseAppSettings } from '../../shared/settings';
import { replaceAll } from '../../storage/dump';
import { forgetReceivedSnippets } from '../../storage/interactions';
import { StorageError } from '../../storage/errors';
import { parseExportFile } from '../../storage/export-file';
import { mergeAll } from '../../storage/merge-import';
import type { HandlerContext } from '../deps';

/**
 * The whole file — records and settings — is validated before anything is written; the database
 * part then replaces the store, or merges into it person by person, in one transaction. Settings
 * live in storage.local, which cannot join that transaction, so they are written only after the
 * database commit succeeded, and only on replace: a merge keeps this browser's preferences.
 */
export async function dataImport(req: RequestOf<'data.import'>, { deps }: HandlerContext): Promise<ResponseData['data.import']> {
  const file = parseExportFile(req.json);
  // The file format requires the key (parseExportFile): a backup without settings holds null.
  const hasSettings = file.settings !== null;
  const { settings, issues } = parseAppSettings(file.settings);
  const [first] = issues;
  if (hasSettings && first !== undefined) {
    // Every issue reads "field: what is wrong".
    throw new StorageError('invalid_import', `$.settings.${first}`, { path: `$.settings.${first.slice(0, first.indexOf(':'))}` });
  }
  if (req.mode === 'merge') {
    const merged = await mergeAll(await deps.db(), file, deps.now());
    return { summary: { contacts: file.contacts.length, interactions: file.interactions.length, settingsImported: false, merged } };
  }
  const summary = await replaceAll(await deps.db(), file);
  if (hasSettings) await deps.settings.set(settings);
  // A backup made before the user chose to keep no received snippets must not bring them back.
  if (!(await deps.settings.get()).receivedSnippets) await forgetReceivedSnippets(await deps.db());
  return { summary: { ...summary, settingsImported: hasSettings } };
}
