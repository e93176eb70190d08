import { useRef, useState } from 'preact/hooks';
import { send } from '../shared/client';
import { t } from '../ui/i18n';

/** The one irreversible action on the page: a modal dialog asks first, and Cancel has the focus. */
export function DeleteAll() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<'' | 'done' | 'failed'>('');

  const confirm = async (): Promise<void> => {
    dialog.current?.close();
    const res = await send<'data.deleteAll'>({ type: 'data.deleteAll' });
    setStatus(res.ok ? 'done' : 'failed');
  };

  return (
    <div class="panel danger-zone">
      <h3>{t('optionsDeleteTitle')}</h3>
      <p class="muted">{t('optionsDeleteHint')}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>{t('optionsDeleteButton')}</button>
      <p role="status" class={status === 'failed' ? 'status error' : 'status'}>
        {status === 'done' ? t('optionsDeleteDone') : status === 'failed' ? t('optionsDeleteFailed') : ''}
      </p>
      <dialog ref={dialog} aria-labelledby="delete-dialog-title" aria-describedby="delete-dialog-text">
        <h2 id="delete-dialog-title">{t('optionsDeleteConfirmTitle')}</h2>
        <p id="delete-dialog-text">{t('optionsDeleteConfirmText')}</p>
        <div class="row">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>{t('uiCancel')}</button>
          <button type="button" class="danger" onClick={() => void confirm()}>{t('optionsDeleteConfirm')}</button>
        </div>
      </dialog>
    </div>
  );
}
