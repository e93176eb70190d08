import { useEffect, useRef, useState } from 'preact/hooks';
import { CADENCES, cadenceDueAt, type Cadence, type CadenceSetting } from '../shared/cadence';
import { send } from '../shared/client';
import { formatDate, t } from '../ui/i18n';

interface Props {
  contactId: string;
  cadence: CadenceSetting | null;
  lastInteractionAt: number | null;
  onSaved: () => void;
}

/** How often to keep in touch with this person; the popup reminds when that long has passed without a touch. */
export function CadenceField({ contactId, cadence, lastInteractionAt, onSaved }: Props) {
  const [failed, setFailed] = useState(false);
  // What the user picked, shown until the stored record says the same: two quick arrow keys are two
  // saves, and the reload after the first must not put the select back on the first choice.
  const [chosen, setChosen] = useState<string | null>(null);
  // Saved one after another, so the last choice is the one stored.
  const saving = useRef(Promise.resolve());
  const stored = cadence?.every ?? '';

  // An effect runs after the paint, so a newer choice may have come in since the render that
  // scheduled it: clear only the choice the stored record now matches, never a newer one.
  useEffect(() => {
    if (chosen === stored) setChosen((current) => (current === stored ? null : current));
  }, [chosen, stored]);

  const change = (value: string): void => {
    setChosen(value);
    const next = CADENCES.find((c) => c === value) ?? null;
    saving.current = saving.current.then(async () => {
      const res = await send<'contact.update'>({ type: 'contact.update', contactId, patch: { cadence: next } });
      setFailed(!res.ok);
      if (res.ok) onSaved();
      else setChosen(null);
    });
  };

  const dueAt = cadence ? cadenceDueAt(cadence, lastInteractionAt) : null;
  return (
    <section class="panel cadence" aria-labelledby="cadence-title">
      <h2 id="cadence-title">{t('popupCadenceTitle')}</h2>
      <label for="cadence">{t('popupCadenceLabel')}</label>
      <select id="cadence" value={chosen ?? stored} onChange={(e) => change(e.currentTarget.value)}>
        <option value="">{t('popupCadence_none')}</option>
        {CADENCES.map((c: Cadence) => <option key={c} value={c}>{t(`popupCadence_${c}`)}</option>)}
      </select>
      {dueAt !== null && (
        <p class="muted" data-due-at={dueAt}>{t(dueAt <= Date.now() ? 'popupCadenceDueNow' : 'popupCadenceNext', formatDate(dueAt))}</p>
      )}
      <p role="status" class="status error">{failed ? t('uiSaveFailed') : ''}</p>
    </section>
  );
}
