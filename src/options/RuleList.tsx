import { ruleCatalog } from '../rules/settings';
import type { RuleId, Severity } from '../rules/types';
import type { AppSettings } from '../shared/settings';
import { SEVERITY_KEY } from '../ui/FindingList';
import { t } from '../ui/i18n';
import { changeSettings } from './change-settings';
import { PhrasesField } from './PhrasesField';

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

/** Message keys are derived from ids, so a new rule or threshold needs words in _locales but no UI code. */
const ruleKey = (id: RuleId, part: 'Name' | 'Help'): string => `optionsRule${part}_${id.replaceAll('-', '_')}`;
const thresholdKey = (key: string): string => `optionsThreshold_${key}`;

type RuleSettings = AppSettings['engine']['rules'][RuleId];

function changeRule(id: RuleId, patch: Partial<RuleSettings>): void {
  void changeSettings((s) => ({
    ...s,
    engine: { ...s.engine, rules: { ...s.engine.rules, [id]: { ...s.engine.rules[id], ...patch } } },
  }));
}

/** Every rule the engine has, each drawn from its catalog entry. */
export function RuleList({ settings }: { settings: AppSettings }) {
  return (
    <div class="rules">
      {ruleCatalog.map((meta) => {
        const rule = settings.engine.rules[meta.id];
        const base = `rule-${meta.id}`;
        return (
          <fieldset key={meta.id} class="rule panel" data-rule-settings={meta.id}>
            <legend>
              <h3>{t(ruleKey(meta.id, 'Name')) || meta.id}</h3>
            </legend>
            <p class="muted">{t(ruleKey(meta.id, 'Help'))}</p>
            <div class="row">
              <label class="choice">
                <input type="checkbox" checked={rule.enabled} onChange={(e) => changeRule(meta.id, { enabled: e.currentTarget.checked })} />
                {t('optionsRuleEnabled')}
              </label>
              <label for={`${base}-severity`}>{t('optionsRuleSeverity')}</label>
              <select
                id={`${base}-severity`}
                value={rule.severity}
                disabled={!rule.enabled}
                onChange={(e) => changeRule(meta.id, { severity: e.currentTarget.value as Severity })}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>{t(SEVERITY_KEY[s])}</option>
                ))}
              </select>
            </div>
            {meta.thresholds.map((th) => (
              <div key={th.key} class="field row">
                <label for={`${base}-${th.key}`}>{t(thresholdKey(th.key)) || th.key}</label>
                <input
                  id={`${base}-${th.key}`}
                  type="number"
                  min={th.min}
                  max={th.max}
                  step={th.step}
                  value={rule.thresholds[th.key] ?? th.default}
                  disabled={!rule.enabled}
                  onChange={(e) => {
                    const value = e.currentTarget.valueAsNumber;
                    if (Number.isFinite(value) && value >= th.min && value <= th.max) {
                      changeRule(meta.id, { thresholds: { ...rule.thresholds, [th.key]: value } });
                    }
                  }}
                />
              </div>
            ))}
            {meta.phrases && (
              <PhrasesField
                id={`${base}-phrases`}
                label={t('optionsRulePhrases')}
                hint={t('optionsRulePhrasesHint')}
                phrases={rule.extraPhrases}
                onSave={(extraPhrases) => changeRule(meta.id, { extraPhrases })}
              />
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
