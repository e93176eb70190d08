import { useState } from 'preact/hooks';
import { formatNumber, t } from '../ui/i18n';
import { importLinkedInExport } from '../shared/client';
import { FilePicker } from './FilePicker';
import type { ImportPhase, LinkedInImportSummary } from '../shared/protocol';

interface Progress {
  phase: ImportPhase;
  done: number;
  total: number;
}

type State =
  | { state: 'idle' }
  | { state: 'running'; progress: Progress | null }
  | { state: 'done'; summary: LinkedInImportSummary }
  | { state: 'failed'; message: string };

/** LinkedIn's own data export (Settings > Data privacy) becomes contacts and their message history. */
export function ImportLinkedIn() {
  const [run, setRun] = useState<State>({ state: 'idle' });

  const start = async (file: File): Promise<void> => {
    setRun({ state: 'running', progress: null });
    const outcome = await importLinkedInExport(file, ({ phase, done, total }) =>
      setRun({ state: 'running', progress: { phase, done, total } }),
    );
    setRun(outcome.ok ? { state: 'done', summary: outcome.summary } : { state: 'failed', message: outcome.error.message });
  };

  const progress = run.state === 'running' ? run.progress : null;
  return (
    <div class="panel">
      <FilePicker
        id="import-linkedin"
        title={t('optionsLinkedInTitle')}
        hint={t('optionsLinkedInHint')}
        accept=".zip,application/zip"
        disabled={run.state === 'running'}
        onFile={(file) => void start(file)}
      />
      {run.state === 'running' && (
        <div class="import-progress">
          <label for="import-linkedin-progress">
            {t(`optionsLinkedInPhase_${progress?.phase ?? 'upload'}`)}
          </label>
          <progress
            id="import-linkedin-progress"
            max={progress?.total || 1}
            value={progress && progress.total > 0 ? progress.done : undefined}
          />
        </div>
      )}
      <div role="status" class="status linkedin-import-result">
        {run.state === 'done' && <Summary summary={run.summary} />}
      </div>
      {run.state === 'failed' && (
        <div role="alert" class="status error">
          <p>{t('optionsLinkedInFailed')}</p>
          {run.message && <p translate={false}>{run.message}</p>}
        </div>
      )}
    </div>
  );
}

const SKIP_REASONS = ['noProfile', 'memberUrn', 'draft', 'noDate', 'noRecipient'] as const;

/** What the import did, and for every row it left out, why. */
function Summary({ summary }: { summary: LinkedInImportSummary }) {
  const skipped = SKIP_REASONS.filter((reason) => summary.skipped[reason] > 0);
  return (
    <>
      <p>{t('optionsLinkedInDone', formatNumber(summary.contactsAdded), formatNumber(summary.contactsUpdated), formatNumber(summary.interactionsAdded))}</p>
      <p>{t('optionsLinkedInRows', formatNumber(summary.joined), formatNumber(summary.added), formatNumber(summary.skippedRows))}</p>
      {skipped.length > 0 && (
        <ul class="import-skipped">
          {skipped.map((reason) => <li key={reason}>{t(`optionsLinkedInSkipped_${reason}`, formatNumber(summary.skipped[reason]))}</li>)}
        </ul>
      )}
      {summary.byName > 0 && <p>{t('optionsLinkedInByName', formatNumber(summary.byName))}</p>}
    </>
  );
}
