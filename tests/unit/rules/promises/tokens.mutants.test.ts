import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../../src/rules/promises/detect';
import { sentencesWhere, wordHash } from '../../../../src/rules/promises/tokens';

// Tuesday 1 December 2026.
const NOW = Date.parse('2026-12-01T10:00:00Z');
const promises = (text: string): [string, string | null][] => findPromises(text, NOW).map((p) => [text.slice(p.start, p.end), p.due]);

/** The word count the filter is shown for each sentence, in order: where the fast walk ends a sentence. */
const counts = (text: string): number[] => {
  const seen: number[] = [];
  sentencesWhere(text, (_h, n) => {
    seen.push(n);
    return true;
  });
  return seen;
};
const words = (text: string): string[][] => sentencesWhere(text, () => true).map((s) => s.tokens.map((t) => t.word));

describe('sentencesWhere: the filter sees each sentence once, with its own words', () => {
  it('! ? ; a line break and a full stop each end a sentence', () => {
    expect(counts('Ready? Yes\nNo; fine! Done. Ok')).toEqual([1, 1, 1, 1, 1, 1]);
    expect(counts('One two. Three four five')).toEqual([2, 3]);
  });

  it('a sentence with no words is never shown to the filter, at the start, between stops or at the end', () => {
    expect(counts('!! hi')).toEqual([1]);
    expect(counts('Hi.')).toEqual([1]);
    expect(counts('Hi. ! ; .')).toEqual([1]);
  });

  it('punctuation before the first word is not a word', () => {
    expect(counts('- hi there.')).toEqual([2]);
    expect(counts('(see you) now')).toEqual([3]);
  });

  it('a last word with no stop after it counts, even when it is the whole text', () => {
    expect(counts('ok')).toEqual([1]);
    expect(counts('see you')).toEqual([2]);
    expect(words('ok')).toEqual([['ok']]);
  });

  it('a dot after a day number of one or two digits, written against it, does not end the sentence', () => {
    expect(counts('Am 4. Dezember')).toEqual([3]);
    expect(counts('4. Dezember passt')).toEqual([3]);
    expect(counts('Am 24. Dezember')).toEqual([3]);
  });

  it('a dot after three digits, after letters, after a space or before no word does', () => {
    expect(counts('Am 124. Dezember')).toEqual([2, 1]);
    expect(counts('Go ab. Now')).toEqual([2, 1]);
    expect(counts('Am 4 . Dezember')).toEqual([2, 1]);
    expect(counts('Am 4.-Dezember')).toEqual([2, 1]);
    // A letter outside ASCII folds to one word code, which is no digit either.
    expect(counts('Go зв. Now')).toEqual([2, 1]);
  });

  it('the filter sees the hashes of the sentence\'s words, and only accepted sentences come back', () => {
    const text = 'Thanks a lot. See you Friday';
    const friday = sentencesWhere(text, (h, n) => n === 3 && h[2] === wordHash('friday'));
    expect(friday.map((s) => s.tokens.map((t) => t.word))).toEqual([['see', 'you', 'friday']]);
  });

  it('a sentence longer than any before it keeps every word\'s hash, ended by a stop or by the end of the text', () => {
    const sentence = (n: number): string => `${'w '.repeat(n - 1)}end`;
    const lastIsEnd = (n: number) => (h: Int32Array, count: number): boolean => count === n && h[0] === wordHash('w') && h[n - 1] === wordHash('end');
    // One word past each doubling, with no stop after it: the last word is the one that does not fit.
    for (let n = 257; n <= 8193; n = (n - 1) * 2 + 1) {
      const found = sentencesWhere(sentence(n), lastIsEnd(n));
      expect(found.map((s) => s.tokens.length), String(n)).toEqual([n]);
    }
    // Then a longer one than all of those, ended by a stop.
    expect(sentencesWhere(`${sentence(20_000)}.`, lastIsEnd(20_000)).map((s) => s.tokens.length)).toEqual([20_000]);
  });
});

describe('sentencesWhere: the tokens of an accepted sentence', () => {
  it('an apostrophe splits a word and is no gap', () => {
    const [s] = sentencesWhere("I'll call", () => true);
    expect(s?.tokens.map((t) => [t.word, t.gap])).toEqual([['i', ''], ['ll', ''], ['call', '']]);
  });

  it('the last word of the text keeps its own offsets', () => {
    const [s] = sentencesWhere('see you', () => true);
    expect(s?.tokens).toEqual([
      { word: 'see', start: 0, end: 3, gap: '' },
      { word: 'you', start: 4, end: 7, gap: '' },
    ]);
  });

  it('a dot that runs into a word stays inside the sentence, after a space or at the very start too', () => {
    expect(words('see .io now')).toEqual([['see', 'io', 'now']]);
    expect(words('.io rocks')).toEqual([['io', 'rocks']]);
    expect(sentencesWhere('see .io now', () => true)[0]?.tokens.map((t) => t.gap)).toEqual(['', '.', '']);
  });

  it('a sentence is a question only when a question mark ends it', () => {
    expect(sentencesWhere('Shall I call? Fine! Ok', () => true).map((s) => s.question)).toEqual([true, false, false]);
    expect(promises("I'll send it tomorrow?")).toEqual([]);
  });
});

describe('promises: a count of days is written in digits only', () => {
  it('"in 3 days" is a date, "in 3x days" is none', () => {
    expect(promises("I'll send it in 3 days")).toEqual([["I'll send it in 3 days", '2026-12-04']]);
    expect(promises("I'll send it in 3x days")).toEqual([["I'll send it in 3x days", null]]);
    expect(promises("I'll send it in x3 days")).toEqual([["I'll send it in x3 days", null]]);
  });
});
