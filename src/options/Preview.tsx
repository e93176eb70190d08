import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../rules/engine';
import type { Context, Surface } from '../rules/types';
import { SURFACES, type AppSettings } from '../shared/settings';
import { FindingList } from '../ui/FindingList';
import { Highlighted } from '../ui/Highlighted';
import { plural, t } from '../ui/i18n';
import { surfaceKey } from './GeneralSettings';

type Counts = Pick<Context, 'sent' | 'received' | 'gave' | 'asked'>;
const COUNTS: (keyof Counts)[] = ['sent', 'received', 'gave', 'asked'];
const CONSENT: { value: string; key: string }[] = [
  { value: 'null', key: 'optionsPreviewConsentNever' },
  { value: 'true', key: 'optionsPreviewConsentYes' },
  { value: 'false', key: 'optionsPreviewConsentNo' },
];

/** The engine with the settings above, on any text and any relationship, as you type. */
export function Preview({ settings }: { settings: AppSettings }) {
  const [text, setText] = useState('');
  const [surface, setSurface] = useState<Surface>('message');
  const [connected, setConnected] = useState(true);
  const [days, setDays] = useState(3);
  const [counts, setCounts] = useState<Counts>({ sent: 0, received: 0, gave: 0, asked: 0 });
  const [consent, setConsent] = useState<boolean | null>(null);

  const findings = useMemo(() => {
    const ctx: Context = {
      surface,
      connectedDaysAgo: connected ? days : null,
      ...counts,
      consentToMailing: consent,
      recipientName: null,
      account: settings.account,
    };
    return analyze(text, ctx, settings.engine);
  }, [text, surface, connected, days, counts, consent, settings]);

  const surfaceOn = settings.surfaces[surface];

  return (
    <div class="preview">
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
            <input type="checkbox" checked={connected} onChange={(e) => setConnected(e.currentTarget.checked)} />
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
            onInput={(e) => setDays(Math.max(0, e.currentTarget.valueAsNumber || 0))}
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
              value={counts[k]}
              onInput={(e) => {
                const n = Math.max(0, e.currentTarget.valueAsNumber || 0);
                setCounts((c) => ({ ...c, [k]: n }));
              }}
            />
          </div>
        ))}
        <div class="field">
          <label for="preview-consent">{t('optionsPreviewConsent')}</label>
          <select
            id="preview-consent"
            value={String(consent)}
            onChange={(e) => setConsent(e.currentTarget.value === 'null' ? null : e.currentTarget.value === 'true')}
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
      <h3 id="preview-result-title">{t('optionsPreviewResult')}</h3>
      <Highlighted text={text} findings={surfaceOn ? findings : []} />
      <p role="status" class="status" id="preview-count">
        {text.trim() === '' ? '' : !surfaceOn || findings.length === 0 ? t('optionsPreviewClean') : plural('optionsPreviewCount', findings.length)}
      </p>
      {surfaceOn && <FindingList findings={findings} text={text} lang={settings.engine.locale} />}
    </div>
  );
}
