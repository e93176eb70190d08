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
        {run.state === 'done' && (
          <p>
            {t(
              'optionsLinkedInDone',
              formatNumber(run.summary.contactsAdded),
              formatNumber(run.summary.contactsUpdated),
              formatNumber(run.summary.interactionsAdded),
            )}
          </p>
        )}
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
