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

const texts: Record<UiLocale, Record<RuleId, RuleText>> = { en, nl, sv, ro, de, fr, es };

export function ruleText(locale: UiLocale, id: RuleId): RuleText {
  return (texts[locale] as Record<RuleId, RuleText> | undefined)?.[id] ?? texts.en[id];
}

/** Fills `{name}` slots ("over {limit} characters") from a finding's parameters. */
export function fill(template: string, params: Readonly<Record<string, number>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/gu, (slot: string, name: string) => {
    const value = params[name];
    return value === undefined ? slot : String(value);
  });
}
