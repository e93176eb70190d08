import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/theme.css';
import '../ui/forms.css';
import './practice.css';
import { watchSettings } from '../content/settings-source';
import type { AppSettings } from '../shared/settings';
import { localiseDocument, t } from '../ui/i18n';
import { Practice } from './Practice';

function Page() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    void watchSettings(stop.signal, setSettings).then((first) => {
      if (first && !stop.signal.aborted) setSettings(first);
    });
    return () => stop.abort();
  }, []);
  return (
    <>
      <header class="practice-header">
        <h1>{t('practiceTitle')}</h1>
        <p>{t('practiceIntro')}</p>
        <p class="muted">{t('practiceSwitchHint')}</p>
        {settings?.zeroFootprint && <p class="muted">{t('practiceZeroFootprint')}</p>}
      </header>
      <main>{settings ? <Practice settings={settings} /> : <p class="muted">{t('uiLoading')}</p>}</main>
    </>
  );
}

localiseDocument('practiceDocumentTitle');
const root = document.getElementById('app');
if (root) render(<Page />, root);
