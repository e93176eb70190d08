import { analyze } from '../../../src/rules/engine';
import type { Settings } from '../../../src/rules/settings';
import type { Context, Finding, RuleId } from '../../../src/rules/types';

/** A cold first message unless told otherwise. */
export function ctx(overrides: Partial<Context> = {}): Context {
  return {
    surface: 'message', connectedDaysAgo: 3, sent: 0, received: 0, gave: 0, asked: 0,
    consentToMailing: null, recipientName: null, account: 'free', ...overrides,
  };
}

/** An established relationship: connected a year, a real back-and-forth. */
export const established: Partial<Context> = { connectedDaysAgo: 365, sent: 20, received: 18 };

export function findingsOf(rule: RuleId, text: string, context: Context = ctx(), settings?: Settings): Finding[] {
  return analyze(text, context, settings).filter((f) => f.rule === rule);
}

/** The evidence text of each finding of `rule`. */
export function evidenceOf(rule: RuleId, text: string, context: Context = ctx(), settings?: Settings): string[] {
  return findingsOf(rule, text, context, settings).map((f) => text.slice(f.start, f.end));
}
