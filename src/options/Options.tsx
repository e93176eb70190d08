import { appSettings } from './app-settings';
import { t } from '../ui/i18n';
import { changeSettings, saveStatus, type SaveStatus } from './change-settings';
import { DataSection } from './DataSection';
import { GeneralSettings } from './GeneralSettings';
import { Preview } from './Preview';
import { PhrasesField } from './PhrasesField';
import { RuleList } from './RuleList';

const SECTIONS = ['coaching', 'rules', 'preview', 'data'] as const;

/** Making the coach one's own: where it speaks, what it says, and the data it keeps. */
export function Options() {
  const settings = appSettings.value;
  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNavLabel')}>
          <ul class="row">
            {SECTIONS.map((s) => (
              <li key={s}><a href={`#${s}`}>{t(`optionsSection_${s}`)}</a></li>
            ))}
            <li class="other-page"><a href="../welcome/index.html">{t('optionsWelcomeLink')}</a></li>
            <li><a href="../practice/index.html">{t('optionsPracticeLink')}</a></li>
          </ul>
        </nav>
        <SaveStatusLine status={saveStatus.value} />
      </header>
      <main>
        {!settings ? (
          <p class="muted">{t('uiLoading')}</p>
        ) : (
          <>
            <section id="coaching" aria-labelledby="coaching-title">
              <h2 id="coaching-title">{t('optionsSection_coaching')}</h2>
              <GeneralSettings settings={settings} />
            </section>
            <section id="rules" aria-labelledby="rules-title">
              <h2 id="rules-title">{t('optionsSection_rules')}</h2>
              <p class="muted">{t('optionsRulesIntro')}</p>
              <RuleList settings={settings} />
              <div class="panel">
                <PhrasesField
                  id="allowlist"
                  label={t('optionsAllowlist')}
                  hint={t('optionsAllowlistHint')}
                  phrases={settings.engine.allowlist}
                  onSave={(allowlist) => void changeSettings((c) => ({ ...c, engine: { ...c.engine, allowlist } }))}
                />
              </div>
            </section>
            <section id="preview" aria-labelledby="preview-title">
              <h2 id="preview-title">{t('optionsSection_preview')}</h2>
              <p class="muted">{t('optionsPreviewIntro')}</p>
              <Preview settings={settings} />
            </section>
          </>
        )}
        <DataSection />
      </main>
    </>
  );
}

export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p role="status" class={status.state === 'saved' || status.state === 'idle' ? 'status' : 'status error'} id="save-status">
      {status.state === 'saved' && t('uiSaved')}
      {status.state === 'not-synced' && (
        <>
          {t('optionsSavedNotSynced')} <span translate={false}>{status.message}</span>
        </>
      )}
      {status.state === 'failed' && (
        <>
          {t('optionsSaveFailed')} <span translate={false}>{status.message}</span>
        </>
      )}
    </p>
  );
}
