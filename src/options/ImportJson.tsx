import { useState } from 'preact/hooks';
import { send } from '../shared/client';
import { LIMITS, type ImportSummary, type ResponseError } from '../shared/protocol';
import { formatNumber, t } from '../ui/i18n';
import { FilePicker } from './FilePicker';

type Mode = 'replace' | 'merge';
const MODES: readonly Mode[] = ['replace', 'merge'];

type Result =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; summary: ImportSummary }
  | { state: 'failed'; error: ResponseError };

function tooLargeForBackup(bytes: number): string {
  const mb = (n: number): string => `${Math.ceil(n / (1024 * 1024)).toLocaleString('en-US')} MB`;
  return `This file is too large for a Rapport backup (${mb(bytes)}; at most ${mb(LIMITS.importJson)}).`;
}

/** Restores an export. The background validates the whole file first, so a bad file changes nothing. */
export function ImportJson() {
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const [mode, setMode] = useState<Mode>('replace');

  const importFile = async (file: File): Promise<void> => {
    // Checked before reading: a file past what one message can carry is refused without holding it.
    if (file.size > LIMITS.importJson) {
      setResult({ state: 'failed', error: { code: 'invalid_import', message: tooLargeForBackup(file.size) } });
      return;
    }
    setResult({ state: 'busy' });
    const res = await send<'data.import'>({ type: 'data.import', json: await file.text(), mode });
    if (res.ok) setResult({ state: 'done', summary: res.data.summary });
    else setResult({ state: 'failed', error: res.error });
  };

  return (
    <div class="panel">
      <fieldset class="import-mode">
        <legend>{t('optionsImportModeLabel')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="import-json-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`optionsImportMode_${m}`)}
          </label>
        ))}
      </fieldset>
      <FilePicker
        id="import-json"
        title={t('optionsImportTitle')}
        hint={t('optionsImportHint')}
        accept="application/json,.json"
        onFile={(file) => void importFile(file)}
      />
      <div role="status" class="status import-json-result">
        {result.state === 'busy' && t('optionsImportBusy')}
        {result.state === 'done' && <p>{doneText(result.summary)}</p>}
      </div>
      {result.state === 'failed' && (
        <div role="alert" class="status error import-json-error">
          <p>{t('optionsImportFailed')}</p>
          <Where error={result.error} />
          <p>
            {t('optionsImportWhat')} <span translate={false}>{result.error.message}</span>
          </p>
        </div>
      )}
    </div>
  );
}

/** "$.contacts[3].consent", "line 41, column 7" or both: whatever location the background found. */
function Where({ error: { path, line, column } }: { error: ResponseError }) {
  if (!path && line === undefined) return null;
  return (
    <p>
      {t('optionsImportWhere')} {path && <code translate={false}>{path}</code>}{' '}
      {line !== undefined && <span>{t('optionsImportLineColumn', line, column ?? 1)}</span>}
    </p>
  );
}

function doneText({ contacts, interactions, merged }: ImportSummary): string {
  if (!merged) return t('optionsImportDone', formatNumber(contacts), formatNumber(interactions));
  const people = t('optionsImportMerged', ...[merged.contactsJoined, merged.contactsAdded, merged.interactionsAdded, merged.interactionsKnown].map(formatNumber));
  const { promisesAdded, promisesKnown, invitationsAdded, invitationsKnown } = merged;
  if (promisesAdded + promisesKnown + invitationsAdded + invitationsKnown === 0) return people;
  return `${people} ${t('optionsImportMergedFollowThrough', ...[promisesAdded, invitationsAdded, promisesKnown, invitationsKnown].map(formatNumber))}`;
}
