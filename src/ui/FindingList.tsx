import type { Finding, Severity } from '../rules/types';
import './findings.css';
import { t } from './i18n';

/** The same words the panel beside the composer uses. */
export const SEVERITY_KEY: Record<Severity, string> = {
  info: 'coachSeverityInfo',
  warning: 'coachSeverityWarning',
  error: 'coachSeverityError',
};

interface Props {
  findings: Finding[];
  /** The analysed text, when this page has it: each finding then quotes its evidence. */
  text?: string;
  /** The engine writes its sentences in the coach's language, which may differ from the page's. */
  lang: string;
}

export function FindingList({ findings, text, lang }: Props) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li key={`${f.rule}:${f.start}:${f.end}`} class={`finding severity-${f.severity}`} data-rule={f.rule}>
          <span class="finding-severity">{t(SEVERITY_KEY[f.severity])}</span>
          <p class="finding-message" lang={lang}>{f.message}</p>
          {text !== undefined && f.end > f.start && (
            <p class="finding-evidence">
              <q translate={false}>{text.slice(f.start, f.end)}</q>
            </p>
          )}
          <p class="finding-suggestion" lang={lang}>{f.suggestion}</p>
        </li>
      ))}
    </ul>
  );
}
