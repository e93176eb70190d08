import type { Evidence, RuleInput, RuleMeta } from './types';
import { slots } from './unfilled-placeholder';

export const meta: RuleMeta = {
  id: 'invite-note-too-long',
  defaultSeverity: 'error',
  thresholds: [
    { key: 'freeLimit', min: 50, max: 1000, default: 200, step: 10 },
    { key: 'premiumLimit', min: 50, max: 1000, default: 300, step: 10 },
  ],
  phrases: false,
};

/**
 * LinkedIn cuts an invite note at 200 characters (300 on premium accounts), counted like the
 * composer's maxlength: in UTF-16 units. The evidence is the part that would be lost.
 *
 * A template with slots still open ("[Naam]", "{branche}") is not the note that will be sent: its
 * length is known once it is filled, and the slots are already an error. It is too long now only if
 * even without its slots it would not fit the premium limit.
 */
export function check({ text, ctx, thresholds, isPlaceholderWord }: RuleInput): Evidence[] {
  if (ctx.surface !== 'invite-note') return [];
  const premium = thresholds.premiumLimit ?? 300;
  const limit = ctx.account === 'premium' ? premium : thresholds.freeLimit ?? 200;
  if (text.length <= limit) return [];
  const open = slots(text, isPlaceholderWord);
  if (open.length > 0 && text.length - open.reduce((n, s) => n + s.end - s.start, 0) <= Math.max(limit, premium)) return [];
  // Never split a surrogate pair: start the evidence on a whole character.
  const low = text.charCodeAt(limit);
  const start = low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
  return [{ start, end: text.length, params: { limit, length: text.length } }];
}
