import { useState } from 'preact/hooks';
import { send } from '../shared/client';
import { t } from '../ui/i18n';

type Kind = 'gave' | 'asked';

/** One click to keep the ledger honest: what you gave or asked, with a few words to remember it by. */
export function QuickLog({ contactId, onLogged }: { contactId: string; onLogged: () => void }) {
  const [open, setOpen] = useState<Kind | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'' | 'logged' | 'failed'>('');

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!open) return;
    const res = await send<'interaction.record'>({ type: 'interaction.record', contactId, kind: open, text: note.trim() || undefined });
    setStatus(res.ok ? 'logged' : 'failed');
    if (!res.ok) return;
    setOpen(null);
    setNote('');
    onLogged();
  };

  return (
    <div class="quick-log" role="group" aria-label={t('popupLogTitle')}>
      <div class="row">
        <button type="button" aria-expanded={open === 'gave'} onClick={() => setOpen(open === 'gave' ? null : 'gave')}>
          {t('popupLogGive')}
        </button>
        <button type="button" aria-expanded={open === 'asked'} onClick={() => setOpen(open === 'asked' ? null : 'asked')}>
          {t('popupLogAsk')}
        </button>
      </div>
      {open && (
        <form class="quick-log-form" onSubmit={(e) => void submit(e)}>
          <label for="quick-log-note">{t(open === 'gave' ? 'popupLogGiveNote' : 'popupLogAskNote')}</label>
          <input
            id="quick-log-note"
            type="text"
            maxLength={140}
            value={note}
            autoFocus
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <div class="row">
            <button type="submit" class="primary">{t('popupLogSave')}</button>
            <button type="button" onClick={() => setOpen(null)}>{t('uiCancel')}</button>
          </div>
        </form>
      )}
      <p role="status" class={status === 'failed' ? 'status error' : 'status'}>
        {status === 'logged' ? t('popupLogDone') : status === 'failed' ? t('uiSaveFailed') : ''}
      </p>
    </div>
  );
}
