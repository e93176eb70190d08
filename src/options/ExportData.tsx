import { useState } from 'preact/hooks';
import { send } from '../shared/client';
import { t } from '../ui/i18n';

/** Everything in one JSON file, saved through the browser's own download. */
export function ExportData() {
  const [status, setStatus] = useState<'' | 'done' | 'failed'>('');

  const exportAll = async (): Promise<void> => {
    const res = await send<'data.export'>({ type: 'data.export' });
    if (!res.ok) {
      setStatus('failed');
      return;
    }
    const url = URL.createObjectURL(new Blob([res.data.json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `rapport-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    // The download has taken its own reference by the next task; the object URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus('done');
  };

  return (
    <div class="panel">
      <h3>{t('optionsExportTitle')}</h3>
      <p class="muted">{t('optionsExportHint')}</p>
      <button type="button" class="primary" onClick={() => void exportAll()}>{t('optionsExportButton')}</button>
      <p role="status" class={status === 'failed' ? 'status error' : 'status'}>
        {status === 'done' ? t('optionsExportDone') : status === 'failed' ? t('optionsExportFailed') : ''}
      </p>
    </div>
  );
}
