import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { analyze, useLexicons } from '../rules/engine';
import { defaultLexicons } from '../rules/lexicon/default';
import type { Context, Surface } from '../rules/types';
import { send } from '../shared/client';
import type { ContactSummary } from '../shared/protocol';
import { SURFACES, type AppSettings } from '../shared/settings';
import { watchContactChanges } from '../ui/contact-changes';
import { displayName } from '../ui/display-name';
import { FindingList } from '../ui/FindingList';
import { Highlighted } from '../ui/Highlighted';
import { plural, t } from '../ui/i18n';
import { ContactPicker } from './ContactPicker';
import { surfaceKey } from './GeneralSettings';

// The options page is the extension's own: it carries the phrase lists rather than reading them from storage.
useLexicons(defaultLexicons);

type Relationship = Omit<Context, 'surface' | 'account'>;
type Count = 'sent' | 'received' | 'gave' | 'asked';
const COUNTS: Count[] = ['sent', 'received', 'gave', 'asked'];
const CONSENT: { value: string; key: string }[] = [
  { value: 'null', key: 'optionsPreviewConsentNever' },
  { value: 'true', key: 'optionsPreviewConsentYes' },
  { value: 'false', key: 'optionsPreviewConsentNo' },
];
const STRANGER: Relationship = {
  connectedDaysAgo: 3, sent: 0, received: 0, gave: 0, asked: 0, consentToMailing: null, recipientName: null, recentSent: [],
};
const DEFAULT_DAYS = 3;

/** The engine with the settings above, on any text and any relationship, as you type. */
export function Preview({ settings }: { settings: AppSettings }) {
  const [text, setText] = useState('');
  const [surface, setSurface] = useState<Surface>('message');
  const [rel, setRel] = useState<Relationship>(STRANGER);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [contact, setContact] = useState<ContactSummary | null>(null);

  const change = (patch: Partial<Relationship>): void => setRel((r) => ({ ...r, ...patch }));

  const borrow = useCallback(async (from: ContactSummary) => {
    const res = await send<'context.get'>({ type: 'context.get', contactId: from.id });
    if (!res.ok) return;
    setContact(from);
    setRel({ ...res.data, recipientName: from.name || null });
    if (res.data.connectedDaysAgo !== null) setDays(res.data.connectedDaysAgo);
  }, []);
  // The history changes elsewhere too (consent given in the popup, a message sent on LinkedIn):
  // reread it when another page says so, and whenever this page comes back into view.
  useEffect(() => {
    if (!contact) return;
    const again = (): void => {
      if (document.visibilityState === 'visible') void borrow(contact);
    };
    const stop = watchContactChanges((id) => {
      if (id === contact.id) void borrow(contact);
    });
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
    };
  }, [contact, borrow]);

  const findings = useMemo(
    () => analyze(text, { ...rel, surface, account: settings.account }, settings.engine),
    [text, rel, surface, settings],
  );
  const surfaceOn = settings.surfaces[surface];
  const connected = rel.connectedDaysAgo !== null;

  return (
    <div class="preview">
      <ContactPicker onPick={(c) => void borrow(c)} />
      {contact && (
        <p class="row preview-contact-chosen">
          <span>{t('optionsPreviewUsing', displayName(contact))}</span>
          <button
            type="button"
            class="link"
            onClick={() => {
              setContact(null);
              setRel(STRANGER);
              setDays(DEFAULT_DAYS);
            }}
          >
            {t('optionsPreviewForget')}
          </button>
        </p>
      )}
      <div class="preview-context">
        <div class="field">
          <label for="preview-surface">{t('optionsPreviewSurface')}</label>
          <select id="preview-surface" value={surface} onChange={(e) => setSurface(e.currentTarget.value as Surface)}>
            {SURFACES.map((s) => (
              <option key={s} value={s}>{t(surfaceKey(s))}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={connected}
              onChange={(e) => change({ connectedDaysAgo: e.currentTarget.checked ? days : null })}
            />
            {t('optionsPreviewConnected')}
          </label>
          <label for="preview-days">{t('optionsPreviewDays')}</label>
          <input
            id="preview-days"
            type="number"
            min={0}
            max={36500}
            value={days}
            disabled={!connected}
            onInput={(e) => {
              const n = Math.max(0, e.currentTarget.valueAsNumber || 0);
              setDays(n);
              change({ connectedDaysAgo: n });
            }}
          />
        </div>
        {COUNTS.map((k) => (
          <div key={k} class="field">
            <label for={`preview-${k}`}>{t(`optionsPreviewNumber_${k}`)}</label>
            <input
              id={`preview-${k}`}
              type="number"
              min={0}
              max={100000}
              value={rel[k]}
              onInput={(e) => change({ [k]: Math.max(0, e.currentTarget.valueAsNumber || 0) })}
            />
          </div>
        ))}
        <div class="field">
          <label for="preview-consent">{t('optionsPreviewConsent')}</label>
          <select
            id="preview-consent"
            value={String(rel.consentToMailing)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              change({ consentToMailing: v === 'null' ? null : v === 'true' });
            }}
          >
            {CONSENT.map((c) => (
              <option key={c.value} value={c.value}>{t(c.key)}</option>
            ))}
          </select>
        </div>
      </div>

      <label for="preview-text">{t('optionsPreviewText')}</label>
      <textarea
        id="preview-text"
        rows={5}
        value={text}
        placeholder={t('optionsPreviewPlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {!surfaceOn && <p class="status">{t('optionsPreviewSurfaceOff')}</p>}
      <h3>{t('optionsPreviewResult')}</h3>
      <Highlighted text={text} findings={surfaceOn ? findings : []} />
      <p role="status" class="status" id="preview-count">
        {text.trim() === '' ? '' : !surfaceOn || findings.length === 0 ? t('optionsPreviewClean') : plural('optionsPreviewCount', findings.length)}
      </p>
      {surfaceOn && <FindingList findings={findings} text={text} lang={settings.engine.locale} />}
    </div>
  );
}
