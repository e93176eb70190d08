import type { Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'boundary',
  defaultSeverity: 'info',
  thresholds: [],
  phrases: false,
};

/** The longest "prefers another channel" note, in UTF-16 units: a few words, not a letter. */
export const CHANNEL_NOTE_MAX = 200;

/**
 * Whether someone away until `awayUntil` (YYYY-MM-DD) is still away at `now` (epoch ms): through
 * that whole day in UTC, as the popup stores it, and no longer from the next one. Whoever builds
 * the Context calls this, so the rule itself stays free of clocks.
 */
export function stillAway(awayUntil: string | null | undefined, now: number): boolean {
  return (awayUntil ?? '') >= new Date(now).toISOString().slice(0, 10);
}

/**
 * A boundary the contact set is about the person, not the words: any draft to them is reminded
 * of it, whatever it says. One finding over the whole draft, naming the date or the channel (or
 * both), so the two never stack into two highlights of the same text.
 */
export function check({ text, ctx }: RuleInput): Evidence[] {
  const away = typeof ctx.awayUntil === 'string' && ctx.awayUntil !== '' ? ctx.awayUntil : null;
  const channel = typeof ctx.otherChannel === 'string' ? ctx.otherChannel.trim() : '';
  if (away === null && channel === '') return [];
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return [];
  if (away !== null && channel !== '') return [{ start, end, variant: 'both', params: { date: away, channel } }];
  if (away !== null) return [{ start, end, params: { date: away } }];
  return [{ start, end, variant: 'channel', params: { channel } }];
}
