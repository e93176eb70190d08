import type { Evidence, RuleInput, RuleMeta } from './types';

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
 * A note with slots still open ("[Naam]", "{branche}") is judged as it stands, like any other: the
 * spec says a note over the limit is too long, and a filled-in name is rarely shorter than its slot.
 */
export function check({ text, ctx, thresholds }: RuleInput): Evidence[] {
  if (ctx.surface !== 'invite-note') return [];
  const limit = ctx.account === 'premium' ? thresholds.premiumLimit ?? 300 : thresholds.freeLimit ?? 200;
  if (text.length <= limit) return [];
  // Never split a surrogate pair: start the evidence on a whole character.
  const low = text.charCodeAt(limit);
  const start = low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
  return [{ start, end: text.length, params: { limit, length: text.length } }];
}
