import de from './text/de.json';
import en from './text/en.json';
import es from './text/es.json';
import fr from './text/fr.json';
import nl from './text/nl.json';
import ro from './text/ro.json';
import sv from './text/sv.json';
import type { RuleId, UiLocale } from './types';

/** `message` names what went wrong and the seed principle; `suggestion` is the better move. */
export interface RuleText { message: string; suggestion: string }

// Keyed by rule id, plus `<rule id>.<variant>` for a rule with more than one way to explain itself.
const texts: Record<UiLocale, Record<string, RuleText | undefined>> = { en, nl, sv, ro, de, fr, es };

export function ruleText(locale: UiLocale, id: RuleId, variant?: string): RuleText {
  const key = variant === undefined ? id : `${id}.${variant}`;
  return (texts[locale] as Record<string, RuleText | undefined> | undefined)?.[key] ?? texts.en[key] ?? texts.en[id] ?? { message: id, suggestion: '' };
}

/** Fills `{name}` slots ("over {limit} characters", "until {date}") from a finding's parameters. */
export function fill(template: string, params: Readonly<Record<string, number | string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/gu, (slot: string, name: string) => {
    const value = params[name];
    return value === undefined ? slot : String(value);
  });
}
