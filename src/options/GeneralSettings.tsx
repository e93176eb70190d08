import type { ComponentChildren } from 'preact';
import { uiLocales, type Surface, type UiLocale } from '../rules/types';
import { SURFACES, type AppSettings } from '../shared/settings';
import { t } from '../ui/i18n';
import { changeSettings } from './change-settings';
import { InvitationSettings } from './InvitationSettings';

export const surfaceKey = (s: Surface): string => `optionsSurface_${s.replace('-', '_')}`;

/** `children` go at the end of a choice's panel: the welcome page says there what the default is. */
interface Props {
  settings: AppSettings;
  children?: ComponentChildren;
}

/** Where the coach speaks up, how, and whether rule settings follow the user to other browsers. */
export function GeneralSettings({ settings }: Props) {
  return (
    <>
      <fieldset class="panel">
        <legend><h3>{t('optionsSurfacesLegend')}</h3></legend>
        {SURFACES.map((s) => (
          <label key={s} class="choice block">
            <input
              type="checkbox"
              checked={settings.surfaces[s]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void changeSettings((c) => ({ ...c, surfaces: { ...c.surfaces, [s]: on } }));
              }}
            />
            {t(surfaceKey(s))}
          </label>
        ))}
      </fieldset>

      <AccountChoice settings={settings} />
      <ZeroFootprintChoice settings={settings} />
      <SwitchChoice settings={settings} field="receivedSnippets" id="received-snippets-hint" labelKey="optionsReceivedSnippets" hintKey="optionsReceivedSnippetsHint" />
      <CoachLanguageChoice settings={settings} />

      <SwitchChoice settings={settings} field="syncEnabled" id="sync-hint" labelKey="optionsSync" hintKey="optionsSyncHint" />

      <InvitationSettings settings={settings} />
    </>
  );
}

/** Free or Premium: which invitation-note allowance (200 or 300 characters) the coach holds notes to. */
export function AccountChoice({ settings, children }: Props) {
  return (
    <fieldset class="panel">
      <legend><h3>{t('optionsAccountLegend')}</h3></legend>
      {(['free', 'premium'] as const).map((a) => (
        <label key={a} class="choice block">
          <input
            type="radio"
            name="account"
            checked={settings.account === a}
            onChange={() => void changeSettings((c) => ({ ...c, account: a }))}
          />
          {t(a === 'free' ? 'optionsAccountFree' : 'optionsAccountPremium')}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/** Findings only on the toolbar button and in the popup: nothing is added to LinkedIn's pages. */
export function ZeroFootprintChoice({ settings, children }: Props) {
  return (
    <SwitchChoice settings={settings} field="zeroFootprint" id="zero-footprint-hint" labelKey="optionsZeroFootprint" hintKey="optionsZeroFootprintHint">
      {children}
    </SwitchChoice>
  );
}

type Switch = 'zeroFootprint' | 'receivedSnippets' | 'syncEnabled';

/** One on/off setting with its hint below it. */
function SwitchChoice({ settings, field, id, labelKey, hintKey, children }: Props & { field: Switch; id: string; labelKey: string; hintKey: string }) {
  return (
    <div class="panel">
      <label class="choice block">
        <input
          type="checkbox"
          checked={settings[field]}
          aria-describedby={id}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void changeSettings((c) => ({ ...c, [field]: on }));
          }}
        />
        {t(labelKey)}
      </label>
      <p id={id} class="hint muted">{t(hintKey)}</p>
      {children}
    </div>
  );
}

/** The language the warnings and suggestions are written in (every language's phrases are checked). */
export function CoachLanguageChoice({ settings, children }: Props) {
  return (
    <div class="panel">
      <label for="coach-language">{t('optionsCoachLanguage')}</label>{' '}
      <select
        id="coach-language"
        aria-describedby="coach-language-hint"
        value={settings.engine.locale}
        onChange={(e) => {
          const locale = e.currentTarget.value as UiLocale;
          void changeSettings((c) => ({ ...c, engine: { ...c.engine, locale } }));
        }}
      >
        {/* Endonyms ("Svenska", "Română"): readers find their own language whatever the page's is. */}
        {uiLocales.map((l) => (
          <option key={l} value={l} lang={l} translate={false}>{new Intl.DisplayNames([l], { type: 'language' }).of(l)}</option>
        ))}
      </select>
      <p id="coach-language-hint" class="hint muted">{t('optionsCoachLanguageHint')}</p>
      {children}
    </div>
  );
}
