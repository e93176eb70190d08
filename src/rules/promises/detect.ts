import { dayOf, dayToIso, findDates, type DateHit } from './dates';
import { tables } from './phrases';
import { sentencesWhere, type Sentence } from './tokens';

/** UTF-16 offsets of the promise in the text, end exclusive; due YYYY-MM-DD (UTC), null when the text names no date. */
export interface FoundPromise {
  start: number;
  end: number;
  due: string | null;
}

/** A promise that names no date is kept for this many days before it is due. */
export const DEFAULT_DUE_DAYS = 3;

/** German and Dutch put the verb last: "ich werde Ihnen die Unterlagen bis Freitag schicken". */
const MAX_SUBJECT_TO_ACTION = 6;

interface Cue { first: number; last: number }

const clauseBreak = (gap: string): boolean => gap.includes(',') || gap.includes(':') || gap.includes('(') || gap.includes(')');

/** The writer's commitments in a sentence: a commit phrase, or a subject with its action a few words on in the same clause. */
function commitments(s: Sentence): Cue[] {
  const t = tables();
  const { tokens } = s;
  const out: Cue[] = [];
  let i = 0;
  while (i < tokens.length) {
    const commit = t.commit.match(tokens, i);
    const subject = t.subject.match(tokens, i);
    let cue: Cue | null = null;
    if (commit && (!subject || commit.length >= subject.length)) {
      cue = { first: i, last: i + commit.length - 1 };
    } else if (subject) {
      const from = i + subject.length;
      for (let k = from; k < Math.min(tokens.length, from + MAX_SUBJECT_TO_ACTION + 1); k++) {
        if (clauseBreak(tokens[k]?.gap ?? '')) break;
        const action = t.action.match(tokens, k);
        if (action) {
          cue = { first: i, last: k + action.length - 1 };
          break;
        }
      }
    }
    if (cue) {
      out.push(cue);
      i = cue.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** "not" inside the commitment or right beside it: "I will not send", "nu vă trimit". */
function negated(s: Sentence, cue: Cue): boolean {
  const t = tables();
  for (let k = Math.max(0, cue.first - 1); k <= Math.min(s.tokens.length - 1, cue.last + 1); k++) {
    if (t.negation.match(s.tokens, k)) return true;
  }
  return false;
}

/**
 * The reader must act first: a condition anywhere before the commitment ("If you send me your
 * address, I'll send the book"), or after it in the same clause ("I'll send it if you like"). A
 * condition in a later clause is about something else ("I'll send it Friday, let me know if ...").
 */
function conditional(s: Sentence, cue: Cue): boolean {
  const t = tables();
  for (let k = 0; k < s.tokens.length; k++) {
    if (k > cue.last && clauseBreak(s.tokens[k]?.gap ?? '')) break;
    if (k >= cue.first && k <= cue.last) continue;
    if (t.conditional.match(s.tokens, k)) return true;
  }
  return false;
}

/**
 * The first date after the commitment's start (inside it too: "ich werde Ihnen bis Freitag ...
 * schicken"), else the last one before it in the same clause ("Morgen schicke ich ...").
 */
function dueDate(s: Sentence, dates: readonly DateHit[], cue: Cue, from: number, to: number): DateHit | null {
  const real = dates.filter((d) => d.day !== null);
  const after = real.find((d) => d.first > cue.first && d.last < to);
  if (after) return after;
  const before = real.filter((d) => d.first >= from && d.last < cue.first);
  const last = before[before.length - 1];
  if (!last) return null;
  for (let k = last.last + 1; k <= cue.first; k++) if (clauseBreak(s.tokens[k]?.gap ?? '')) return null;
  return last;
}

/**
 * Promises the writer makes to the reader, with their due dates resolved against `now` (ms since
 * the epoch; the send time). Questions ("Shall I send it?") are offers, not promises; asks and past
 * events have no first-person future to match.
 */
export function findPromises(text: string, now: number): FoundPromise[] {
  const today = dayOf(now);
  const out: FoundPromise[] = [];
  const t = tables();
  // A sentence without a commit phrase or a subject holds no commitment: it is never tokenized.
  const worth = (hashes: Int32Array, count: number): boolean => t.commit.occursIn(hashes, count) || t.subject.occursIn(hashes, count);
  for (const s of sentencesWhere(typeof text === 'string' ? text : '', worth)) {
    if (s.question) continue;
    const cues = commitments(s);
    if (cues.length === 0) continue;
    const dates = findDates(s.tokens, today);
    cues.forEach((cue, n) => {
      if (negated(s, cue) || conditional(s, cue)) return;
      // Each commitment owns the words up to the next one; the first also owns the words before it ("Morgen schicke ich ...").
      const from = n === 0 ? 0 : cue.first;
      const to = cues[n + 1]?.first ?? s.tokens.length;
      const date = dueDate(s, dates, cue, from, to);
      const first = date && date.first < cue.first ? date.first : cue.first;
      let last = Math.max(cue.last, date?.last ?? -1);
      // The last promise of a sentence runs on to the end of its clause; an earlier one stops at its date or verb.
      const isLast = n === cues.length - 1;
      while (isLast && last + 1 < to && !clauseBreak(s.tokens[last + 1]?.gap ?? '')) last++;
      const firstToken = s.tokens[first];
      const lastToken = s.tokens[last];
      if (!firstToken || !lastToken) return;
      out.push({ start: firstToken.start, end: lastToken.end, due: date?.day != null ? dayToIso(date.day) : null });
    });
  }
  return out;
}

/** The day a stored promise falls due: its own date, or DEFAULT_DUE_DAYS after it was made. */
export function dueOrDefault(promise: FoundPromise, now: number): string {
  return promise.due ?? dayToIso(dayOf(now) + DEFAULT_DUE_DAYS);
}
