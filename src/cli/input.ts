import * as v from 'valibot';
import { CHANNEL_NOTE_MAX, stillAway } from '../rules/boundary';
import { surfaces, type Context } from '../rules/types';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

// ISO 8601 as people write it: a date, or a date and time with an optional offset (none means UTC,
// so a run gives the same due dates on every machine).
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Epoch ms of an ISO 8601 date or date-time, or NaN; Date.parse alone rolls 30 February over into March. */
export function parseIsoTime(value: string): number {
  const m = ISO_8601.exec(value);
  if (!m) return NaN;
  const [, year, month, day, offset] = m;
  const ms = Date.parse(value.includes('T') && offset === undefined ? `${value}Z` : value);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real ? ms : NaN;
}

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected YYYY-MM-DD'), v.check((s) => !Number.isNaN(parseIsoTime(s)), 'not a calendar day'));

const IsoTime = v.pipe(v.string(), v.check((s) => !Number.isNaN(parseIsoTime(s)), 'expected an ISO 8601 date or date-time'));

/** One line of `check --jsonl`: ARCHITECTURE §4. Unknown fields (labels, split, ...) are ignored. */
const InputSchema = v.object({
  id: v.optional(v.union([v.string(), v.number(), v.null()]), null),
  text: v.string(),
  surface: v.optional(v.picklist(surfaces), 'message'),
  connectedDaysAgo: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0))), null),
  sent: v.optional(Count, 0),
  received: v.optional(Count, 0),
  gave: v.optional(Count, 0),
  asked: v.optional(Count, 0),
  consentToMailing: v.optional(v.nullable(v.boolean()), null),
  recipientName: v.optional(v.nullable(v.string()), null),
  account: v.optional(v.picklist(['free', 'premium']), 'free'),
  recentSent: v.optional(v.array(v.string())),
  now: v.optional(IsoTime),
  // Boundaries the contact set (the boundary rule): away through that day, reached better elsewhere.
  awayUntil: v.optional(v.nullable(Day), null),
  otherChannel: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(CHANNEL_NOTE_MAX, `longer than ${CHANNEL_NOTE_MAX} characters`))), null),
});

/** now: epoch ms that promises' due dates are resolved against. */
export interface CheckInput { id: string | number | null; text: string; context: Context; now: number }

export type ParsedLine = { ok: true; input: CheckInput } | { ok: false; error: string };

/** `clock` is the default for a line without "now". */
export function parseInput(value: unknown, clock: () => number = Date.now): ParsedLine {
  const result = v.safeParse(InputSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
  }
  const { id, text, now, awayUntil, ...context } = result.output;
  const at = now === undefined ? clock() : parseIsoTime(now);
  // "now" decides whether the absence is over, as the extension's clock does for the popup's date.
  return { ok: true, input: { id, text, context: { ...context, awayUntil: stillAway(awayUntil, at) ? awayUntil : null }, now: at } };
}

export function parseLine(line: string, clock: () => number = Date.now): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseInput(value, clock);
}
