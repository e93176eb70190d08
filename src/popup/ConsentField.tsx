import { useState } from 'preact/hooks';
import { send } from '../shared/client';
import { formatDate, t } from '../ui/i18n';
import type { Contact } from '../shared/protocol';

type Consent = Contact['consent'];
const CHOICES: { value: boolean | null; key: string }[] = [
  { value: null, key: 'popupConsentNever' },
  { value: true, key: 'popupConsentYes' },
  { value: false, key: 'popupConsentNo' },
];

/** Whether this person agreed to be signed up for anything: the no-consent-signup rule reads it. */
export function ConsentField({ contactId, consent, onSaved }: { contactId: string; consent: Consent; onSaved: () => void }) {
  const [note, setNote] = useState(consent.note);
  const [failed, setFailed] = useState(false);

  const save = async (value: boolean | null, how: string): Promise<void> => {
    const res = await send<'contact.update'>({ type: 'contact.update', contactId, patch: { consent: { value, note: how } } });
    setFailed(!res.ok);
    if (res.ok) onSaved();
  };

  return (
    <section class="panel">
      <fieldset class="consent">
        <legend>
          <h2>{t('popupConsentLegend')}</h2>
        </legend>
        <div class="row">
          {CHOICES.map((choice) => (
            <label key={choice.key} class="choice">
              <input
                type="radio"
                name="consent"
                checked={consent.value === choice.value}
                onChange={() => void save(choice.value, note)}
              />
              {t(choice.key)}
            </label>
          ))}
        </div>
        <label for="consent-note">{t('popupConsentHow')}</label>
        <input
          id="consent-note"
          type="text"
          value={note}
          placeholder={t('popupConsentHowPlaceholder')}
          onInput={(e) => setNote(e.currentTarget.value)}
          onChange={() => {
            if (note !== consent.note) void save(consent.value, note);
          }}
        />
        {consent.at !== null && consent.value !== null && (
          <p class="muted">
            {t('popupConsentRecorded', formatDate(consent.at))}
          </p>
        )}
        <p role="status" class="status error">{failed ? t('uiSaveFailed') : ''}</p>
      </fieldset>
    </section>
  );
}
