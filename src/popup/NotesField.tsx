import { useEffect, useMemo, useState } from 'preact/hooks';
import { requestChannel } from '../shared/request-channel';
import { autosave } from '../ui/autosave';
import { t } from '../ui/i18n';

type State = 'idle' | 'saving' | 'saved' | 'failed';

// Through a port: the last save is often sent as the popup closes (see request-channel.ts).
const channel = requestChannel();

/** Notes save as the user types; closing the popup mid-sentence flushes what is pending. */
export function NotesField({ contactId, initial }: { contactId: string; initial: string }) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<State>('idle');

  const saver = useMemo(
    () =>
      autosave<string>((notes) => {
        setState('saving');
        void channel.send<'contact.update'>({ type: 'contact.update', contactId, patch: { notes } }).then((res) => setState(res.ok ? 'saved' : 'failed'));
      }),
    [contactId],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  return (
    <section class="panel" aria-labelledby="notes-label">
      <h2 id="notes-label">
        <label for="notes">{t('popupNotesLabel')}</label>
      </h2>
      <textarea
        id="notes"
        rows={4}
        value={value}
        placeholder={t('popupNotesPlaceholder')}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          saver.update(e.currentTarget.value);
        }}
      />
      <p role="status" class={state === 'failed' ? 'status error' : 'status'}>
        {state === 'saving' ? t('uiSaving') : state === 'saved' ? t('uiSaved') : state === 'failed' ? t('uiSaveFailed') : ''}
      </p>
    </section>
  );
}
