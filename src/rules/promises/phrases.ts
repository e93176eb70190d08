import { fold } from '../normalize';
import de from './lang/de.json';
import en from './lang/en.json';
import es from './lang/es.json';
import fr from './lang/fr.json';
import nl from './lang/nl.json';
import ro from './lang/ro.json';
import sv from './lang/sv.json';
import { phraseWords, wordHash, type Token } from './tokens';

/**
 * One data file per language, all matched at once (like the lexicons), so a Dutch promise in an
 * English thread needs no language detection.
 *
 * - commit: a whole commitment ("ik stuur", "vă trimit", "je vous envoie").
 * - subject + action: a first-person future ("i'll", "ich werde") and, a few words on, what is
 *   done for the reader ("send", "schicken": German and Dutch put the verb last).
 * - negation: "not" inside or right beside a commitment undoes it.
 * - conditional: the reader has to act first ("if you", "als je", "si vous"): not a promise.
 * - dates: the words resolve.ts turns into a due date.
 */
export interface DateWords {
  today: string[];
  tomorrow: string[];
  dayAfterTomorrow: string[];
  endOfWeek: string[];
  nextWeek: string[];
  endOfMonth: string[];
  nextMonth: string[];
  /** Monday first; each day with its spellings. */
  weekdays: string[][];
  months: string[][];
  /** Whether the language writes "December 4" as well as "4 December". */
  monthFirst: boolean;
  nextBefore: string[];
  nextAfter: string[];
  thisBefore: string[];
  thisAfter: string[];
  within: string[];
  dayUnit: string[];
  weekUnit: string[];
  numbers: Record<string, number>;
  /** A word between a day and its month ("4th of December", "4 de diciembre"). */
  dateJoin: string[];
  /** Phrases holding a date word that are no date ("Guten Morgen"). */
  notDate: string[];
}

export interface PromiseLanguage {
  commit: string[];
  subject: string[];
  action: string[];
  negation: string[];
  conditional: string[];
  dates: DateWords;
}

export const promiseLanguages: Readonly<Record<string, PromiseLanguage>> = { en, nl, sv, ro, de, fr, es };

const FILTER_BITS = 12;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** Phrases as word sequences, looked up by their first word; the longest match wins. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  /** The phrases again as word hashes (tokens.ts wordHash), for occursIn(). */
  private readonly byFirstHash = new Map<number, Int32Array[]>();
  /** One bit per first word's hash, low bits: most words start no phrase, and this answers them without a lookup. */
  private readonly firstBits = new Uint32Array((1 << FILTER_BITS) >>> 5);
  private hashed = false;

  add(phrase: string, value: T): void {
    const words = phraseWords(fold(phrase));
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    // Longest first, and after every phrase as long, so among phrases of one length the first added wins.
    const at = list.findIndex((entry) => entry.words.length < words.length);
    list.splice(at < 0 ? list.length : at, 0, { words, value });
    this.byFirst.set(first, list);
    this.hashed = false;
  }

  /** byFirstHash and firstBits, from byFirst: only the tables occursIn() is asked of need them. */
  private hashPhrases(): void {
    this.byFirstHash.clear();
    this.firstBits.fill(0);
    for (const list of this.byFirst.values()) {
      for (const { words } of list) {
        const hashed = new Int32Array(words.length);
        words.forEach((word, k) => { hashed[k] = wordHash(word); });
        const key = hashed[0] ?? 0;
        const same = this.byFirstHash.get(key);
        if (same) same.push(hashed); else this.byFirstHash.set(key, [hashed]);
        this.firstBits[(key & FILTER_MASK) >>> 5] = (this.firstBits[(key & FILTER_MASK) >>> 5] ?? 0) | (1 << (key & 31));
      }
    }
    this.hashed = true;
  }

  /**
   * Whether some phrase may start at a word of hashes[0, count) (a sentence's words, tokens.ts
   * sentencesWhere): never false where match() would find one; true on a rare hash collision too.
   */
  occursIn(hashes: Int32Array, count: number): boolean {
    if (!this.hashed) this.hashPhrases();
    const bits = this.firstBits;
    for (let k = 0; k < count; k++) {
      const h = hashes[k] ?? 0;
      if (((bits[(h & FILTER_MASK) >>> 5] ?? 0) & (1 << (h & 31))) === 0) continue;
      for (const words of this.byFirstHash.get(h) ?? []) {
        if (k + words.length > count) continue;
        let all = true;
        for (let w = 1; w < words.length && all; w++) all = hashes[k + w] === words[w];
        if (all) return true;
      }
    }
    return false;
  }

  /** The longest phrase starting at tokens[at], as its length in tokens and its value. */
  match(tokens: readonly Token[], at: number): { length: number; value: T } | null {
    const candidates = this.byFirst.get(tokens[at]?.word ?? '');
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      if (words.every((w, k) => tokens[at + k]?.word === w)) return { length: words.length, value };
    }
    return null;
  }
}

export type DateKind = 'today' | 'tomorrow' | 'dayAfterTomorrow' | 'endOfWeek' | 'nextWeek' | 'endOfMonth' | 'nextMonth';
const DATE_KINDS: readonly DateKind[] = ['today', 'tomorrow', 'dayAfterTomorrow', 'endOfWeek', 'nextWeek', 'endOfMonth', 'nextMonth'];

export type DateWord =
  | { kind: 'relative'; which: DateKind }
  | { kind: 'notDate' };

export interface Tables {
  commit: PhraseTable<true>;
  subject: PhraseTable<true>;
  action: PhraseTable<true>;
  negation: PhraseTable<true>;
  conditional: PhraseTable<true>;
  relative: PhraseTable<DateWord>;
  /** Day of the week, 0 = Monday. */
  weekday: PhraseTable<number>;
  /** Month 0..11, and whether the month may come first ("December 4"). */
  month: PhraseTable<{ month: number; first: boolean }>;
  nextBefore: PhraseTable<true>;
  nextAfter: PhraseTable<true>;
  thisBefore: PhraseTable<true>;
  thisAfter: PhraseTable<true>;
  within: PhraseTable<true>;
  unit: PhraseTable<1 | 7>;
  number: PhraseTable<number>;
  dateJoin: PhraseTable<true>;
}

function fill(table: PhraseTable<true>, phrases: readonly string[]): void {
  for (const phrase of phrases) table.add(phrase, true);
}

let built: Tables | undefined;

export function tables(): Tables {
  if (built) return built;
  const t: Tables = {
    commit: new PhraseTable(), subject: new PhraseTable(), action: new PhraseTable(), negation: new PhraseTable(),
    conditional: new PhraseTable(), relative: new PhraseTable(), weekday: new PhraseTable(), month: new PhraseTable(),
    nextBefore: new PhraseTable(), nextAfter: new PhraseTable(), thisBefore: new PhraseTable(), thisAfter: new PhraseTable(),
    within: new PhraseTable(), unit: new PhraseTable(), number: new PhraseTable(), dateJoin: new PhraseTable(),
  };
  for (const lang of Object.values(promiseLanguages)) {
    fill(t.commit, lang.commit);
    fill(t.subject, lang.subject);
    fill(t.action, lang.action);
    fill(t.negation, lang.negation);
    fill(t.conditional, lang.conditional);
    const d = lang.dates;
    for (const which of DATE_KINDS) for (const phrase of d[which]) t.relative.add(phrase, { kind: 'relative', which });
    for (const phrase of d.notDate) t.relative.add(phrase, { kind: 'notDate' });
    d.weekdays.forEach((names, day) => names.forEach((name) => t.weekday.add(name, day)));
    d.months.forEach((names, month) => names.forEach((name) => t.month.add(name, { month, first: d.monthFirst })));
    fill(t.nextBefore, d.nextBefore);
    fill(t.nextAfter, d.nextAfter);
    fill(t.thisBefore, d.thisBefore);
    fill(t.thisAfter, d.thisAfter);
    fill(t.within, d.within);
    for (const phrase of d.dayUnit) t.unit.add(phrase, 1);
    for (const phrase of d.weekUnit) t.unit.add(phrase, 7);
    for (const [phrase, n] of Object.entries(d.numbers)) t.number.add(phrase, n);
    fill(t.dateJoin, d.dateJoin);
  }
  built = t;
  return t;
}
