import { tables, type DateKind } from './phrases';
import { isNumberWord, type Token } from './tokens';

/** Days since 1970-01-01 (UTC): due dates are calendar days, compared and shown as YYYY-MM-DD. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export const dayOf = (ms: number): Day => Math.floor(ms / MS_PER_DAY);
export const dayToIso = (day: Day): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Monday (1970-01-01 was a Thursday). */
const weekdayOf = (day: Day): number => (((day + 3) % 7) + 7) % 7;

function ymd(day: Day): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

/**
 * The day, or null when there is no such date (31 April): Date.UTC rolls a date past its month's
 * end (or a month past December) into another month, which is all there is to check.
 */
function dateDay(year: number, month: number, date: number): Day | null {
  const ms = Date.UTC(year, month, date);
  return new Date(ms).getUTCMonth() === month ? dayOf(ms) : null;
}

const lastOfMonth = (year: number, month: number): Day => dayOf(Date.UTC(year, month + 1, 0));

/**
 * What a relative expression means as a deadline. A week ends on its Friday and a month on its last
 * day: "next week" is due the Friday of next week, when the promise turns overdue.
 */
function resolveRelative(which: DateKind, today: Day): Day {
  const wd = weekdayOf(today);
  const { year, month } = ymd(today);
  switch (which) {
    case 'today': return today;
    case 'tomorrow': return today + 1;
    case 'dayAfterTomorrow': return today + 2;
    case 'endOfWeek': return today + Math.max(0, 4 - wd);
    case 'nextWeek': return today + (7 - wd) + 4;
    case 'endOfMonth': return lastOfMonth(year, month);
    case 'nextMonth': return lastOfMonth(year, month + 1);
  }
}

/**
 * A bare weekday is the next one after today ("on Friday" said on a Friday is a week away); "this
 * Friday" may be today; "next Friday" is the Friday of next week.
 */
function resolveWeekday(target: number, mode: 'plain' | 'this' | 'next', today: Day): Day {
  const wd = weekdayOf(today);
  if (mode === 'next') return today + (7 - wd) + target;
  const ahead = (target - wd + 7) % 7;
  return today + (ahead === 0 && mode === 'plain' ? 7 : ahead);
}

/** A date without a year is the next one on or after today. */
function resolveDate(month: number, date: number, year: number | null, today: Day): Day | null {
  if (year !== null) return dateDay(year, month, date);
  const thisYear = ymd(today).year;
  const candidate = dateDay(thisYear, month, date);
  if (candidate !== null && candidate >= today) return candidate;
  return dateDay(thisYear + 1, month, date) ?? candidate;
}

export interface DateHit {
  /** Token indices, last inclusive. */
  first: number;
  last: number;
  /** null: a phrase like "Guten Morgen" that only looks like a date, or a date that does not exist. */
  day: Day | null;
}

const dayNumber = (word: string | undefined): number | null => {
  const m = /^(\d{1,2})(?:st|nd|rd|th|er|[eoa]|eme|de|ste)?$/u.exec(word ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : null;
};

const yearAt = (token: Token | undefined): number | null => {
  if (!token || !isNumberWord(token.word)) return null;
  if (token.word.length === 4) return Number(token.word);
  return null;
};

/** 2026-12-04, 4.12.2026, 4/12, 4.12. (day first, as in every language here but American English). */
function numericDate(tokens: readonly Token[], i: number, today: Day): DateHit | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || !isNumberWord(a.word) || !isNumberWord(b.word)) return null;
  const c = tokens[i + 2];
  if (a.word.length === 4 && b.gap === '-' && c?.gap === '-' && isNumberWord(c.word)) {
    return { first: i, last: i + 2, day: dateDay(Number(a.word), Number(b.word) - 1, Number(c.word)) };
  }
  if (a.word.length > 2 || b.word.length > 2 || (b.gap !== '.' && b.gap !== '/')) return null;
  const withYear = c !== undefined && c.gap === b.gap && isNumberWord(c.word) && (c.word.length === 2 || c.word.length === 4);
  const year = withYear ? Number(c.word) + (c.word.length === 2 ? 2000 : 0) : null;
  const day = resolveDate(Number(b.word) - 1, Number(a.word), year, today);
  return day === null ? null : { first: i, last: withYear ? i + 2 : i + 1, day };
}

/** "4 December", "4th of December", "4 de diciembre", "4. Dezember", "December 4th", each with an optional year. */
function namedDate(tokens: readonly Token[], i: number, today: Day): DateHit | null {
  const t = tables();
  const date = dayNumber(tokens[i]?.word);
  if (date !== null) {
    const join = t.dateJoin.match(tokens, i + 1)?.length ?? 0;
    const month = t.month.match(tokens, i + 1 + join);
    if (!month) return null;
    const end = i + join + month.length;
    const year = yearAt(tokens[end + 1]);
    return { first: i, last: year === null ? end : end + 1, day: resolveDate(month.value.month, date, year, today) };
  }
  const month = t.month.match(tokens, i);
  if (!month?.value.first) return null;
  const after = dayNumber(tokens[i + month.length]?.word);
  if (after === null) return null;
  const end = i + month.length;
  const year = yearAt(tokens[end + 1]);
  return { first: i, last: year === null ? end : end + 1, day: resolveDate(month.value.month, after, year, today) };
}

/** "next Friday", "vendredi prochain", "this Friday", "Friday". */
function weekdayDate(tokens: readonly Token[], i: number, today: Day): DateHit | null {
  const t = tables();
  const next = t.nextBefore.match(tokens, i);
  const thisOne = next ? null : t.thisBefore.match(tokens, i);
  const before = next?.length ?? thisOne?.length ?? 0;
  const weekday = t.weekday.match(tokens, i + before);
  if (!weekday) return null;
  const end = i + before + weekday.length;
  const nextAfter = before === 0 ? t.nextAfter.match(tokens, end) : null;
  const thisAfter = before === 0 && !nextAfter ? t.thisAfter.match(tokens, end) : null;
  const after = nextAfter?.length ?? thisAfter?.length ?? 0;
  const mode = next || nextAfter ? 'next' : thisOne || thisAfter ? 'this' : 'plain';
  return { first: i, last: end + after - 1, day: resolveWeekday(weekday.value, mode, today) };
}

/** "in 3 days", "over twee weken", "peste o săptămână", "dans quelques jours". */
function withinDate(tokens: readonly Token[], i: number, today: Day): DateHit | null {
  const t = tables();
  const within = t.within.match(tokens, i);
  if (!within) return null;
  const at = i + within.length;
  const word = tokens[at]?.word ?? '';
  const digits = isNumberWord(word) && word.length <= 3 ? { length: 1, value: Number(word) } : null;
  const count = digits ?? t.number.match(tokens, at);
  if (!count) return null;
  const unit = t.unit.match(tokens, at + count.length);
  if (!unit) return null;
  return { first: i, last: at + count.length + unit.length - 1, day: today + count.value * unit.value };
}

/** Every date expression in the tokens, leftmost-longest, none overlapping. */
export function findDates(tokens: readonly Token[], today: Day): DateHit[] {
  const t = tables();
  const out: DateHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const relative = t.relative.match(tokens, i);
    const candidates = [
      numericDate(tokens, i, today),
      namedDate(tokens, i, today),
      weekdayDate(tokens, i, today),
      withinDate(tokens, i, today),
      relative ? { first: i, last: i + relative.length - 1, day: relative.value.kind === 'relative' ? resolveRelative(relative.value.which, today) : null } : null,
    ].filter((hit): hit is DateHit => hit !== null);
    const best = candidates.reduce<DateHit | null>((a, b) => (a === null || b.last > a.last ? b : a), null);
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return out;
}
