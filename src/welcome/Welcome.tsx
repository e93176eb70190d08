import browser from 'webextension-polyfill';
import { appSettings } from '../options/app-settings';
import { saveStatus } from '../options/change-settings';
import { AccountChoice, CoachLanguageChoice, ZeroFootprintChoice } from '../options/GeneralSettings';
import { ImportLinkedIn } from '../options/ImportLinkedIn';
import { SaveStatusLine } from '../options/Options';
import { coachLocaleFor, defaultAppSettings } from '../shared/settings';
import { t } from '../ui/i18n';

/** What the coach teaches, one line each, in the order the seeds argue it. */
const PRINCIPLES = ['early_pitch', 'consent', 'closeness', 'give_first', 'wants_haves', 'weak_ties'] as const;

/**
 * The first page a new user sees: what Rapport does and why, what it keeps and where, the three
 * choices that change what it says, and the import that gives it a memory. Every control here is
 * the options page's own, so the two pages can never disagree.
 */
export function Welcome() {
  const settings = appSettings.value;
  const defaults = defaultAppSettings();
  // A new install coaches in the browser's language when it is one of the seven (see settings-store).
  const browserLanguage = coachLocaleFor(browser.i18n.getUILanguage());
  const language = browserLanguage ?? defaults.engine.locale;
  const languageName = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return (
    <>
      <header class="welcome-header">
        <h1>{t('welcomeTitle')}</h1>
        <ul class="what">
          <li>{t('welcomeWhat1')}</li>
          <li>{t('welcomeWhat2')}</li>
          <li>{t('welcomeWhat3')}</li>
        </ul>
      </header>
      <main>
        <section id="principles" aria-labelledby="principles-title">
          <h2 id="principles-title">{t('welcomePrinciplesTitle')}</h2>
          <ul class="principles">
            {PRINCIPLES.map((p) => (
              <li key={p}>{t(`welcomePrinciple_${p}`)}</li>
            ))}
          </ul>
        </section>

        <section id="privacy" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
          <p>{t('welcomePrivacyPromise')}</p>
          <p>{t('welcomePrivacyPermission')}</p>
          <p class="muted">{t('welcomePrivacyCheck')}</p>
        </section>

        <section id="choices" aria-labelledby="choices-title">
          <h2 id="choices-title">{t('welcomeChoicesTitle')}</h2>
          <p class="muted">{t('welcomeChoicesIntro')}</p>
          {!settings ? (
            <p class="muted">{t('uiLoading')}</p>
          ) : (
            <>
              <CoachLanguageChoice settings={settings}>
                <p class="hint default">
                  {t('welcomeDefault')} <span lang={language} translate={false}>{languageName}</span>
                  {browserLanguage && <> {t('welcomeDefaultLanguageWhy')}</>}
                </p>
              </CoachLanguageChoice>
              <ZeroFootprintChoice settings={settings}>
                <p class="hint default">
                  {t('welcomeDefault')} {t(defaults.zeroFootprint ? 'welcomeOn' : 'welcomeOff')}
                </p>
              </ZeroFootprintChoice>
              <AccountChoice settings={settings}>
                <p class="hint default">
                  {t('welcomeDefault')} {t(defaults.account === 'free' ? 'optionsAccountFree' : 'optionsAccountPremium')}
                </p>
              </AccountChoice>
            </>
          )}
          <SaveStatusLine status={saveStatus.value} />
        </section>

        <section id="import" aria-labelledby="import-title">
          <h2 id="import-title">{t('welcomeImportTitle')}</h2>
          <p>{t('welcomeImportWhy')}</p>
          <ol class="steps">
            <li>{t('welcomeImportStep1')}</li>
            <li>{t('welcomeImportStep2')}</li>
            <li>{t('welcomeImportStep3')}</li>
          </ol>
          <ImportLinkedIn />
        </section>

        <section id="next" aria-labelledby="next-title">
          <h2 id="next-title">{t('welcomeNextTitle')}</h2>
          <ul>
            <li><a href="../practice/index.html">{t('welcomeNextPractice')}</a></li>
            <li><a href="../options/index.html">{t('welcomeNextOptions')}</a></li>
            <li>{t('welcomeNextLinkedIn')}</li>
          </ul>
        </section>
      </main>
    </>
  );
}
