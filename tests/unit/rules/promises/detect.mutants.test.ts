import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../../src/rules/promises/detect';
import { PhraseTable } from '../../../../src/rules/promises/phrases';
import { phraseWords, sentencesWhere } from '../../../../src/rules/promises/tokens';

/** Every sentence of the text, tokenized: the filter that skips most of them lets all through. */
const sentences = (text: string) => sentencesWhere(text, () => true);

// Tuesday 1 December 2026.
const NOW = Date.parse('2026-12-01T10:00:00Z');
const promises = (text: string): [string, string | null][] => findPromises(text, NOW).map((p) => [text.slice(p.start, p.end), p.due]);

describe('sentences: where one ends', () => {
  it('a full stop, !, ; and a line break end a sentence, so a date after one is not the promise\'s', () => {
    for (const end of ['.', '!', ';', '\n']) {
      expect(promises(`I'll send it${end} Tomorrow works too`), JSON.stringify(end)).toEqual([["I'll send it", null]]);
    }
  });

  it('a dot inside a word or after a day number does not', () => {
    expect(promises("I'll send the acme.io link tomorrow")).toEqual([["I'll send the acme.io link tomorrow", '2026-12-02']]);
    expect(promises('Ich schicke es am 4. Dezember')).toEqual([['Ich schicke es am 4. Dezember', '2026-12-04']]);
  });

  it('a dot after a two-digit day number does not end the sentence either', () => {
    expect(promises('Ich schicke es am 24. Dezember')).toEqual([['Ich schicke es am 24. Dezember', '2026-12-24']]);
  });

  it('a dot before any word ends nothing and breaks nothing', () => {
    expect(promises(". I'll send it tomorrow")).toEqual([["I'll send it tomorrow", '2026-12-02']]);
  });

  it('every digit is a digit', () => {
    expect(promises("I'll send it in 9 days")).toEqual([["I'll send it in 9 days", '2026-12-10']]);
    expect(promises("I'll send it in 0 days")).toEqual([["I'll send it in 0 days", '2026-12-01']]);
  });

  it('a dot after a number that is no day number, or before a space and no word, ends the sentence', () => {
    expect(promises("I'll send 100. Tomorrow the rest")).toEqual([["I'll send 100", null]]);
    expect(promises("I'll send part 4. ")).toEqual([["I'll send part 4", null]]);
  });

  it('only a sentence ending in a question mark is a question', () => {
    expect(promises("Free tomorrow? I'll send it Friday! And you?")).toEqual([["I'll send it Friday", '2026-12-04']]);
  });

  it('words keep their offsets in the original text', () => {
    const [first] = sentences('Hi Ana. We’ll talk');
    expect(first?.tokens.map((t) => [t.word, t.start, t.end])).toEqual([['hi', 0, 2], ['ana', 3, 6]]);
    expect(sentences('Hi Ana. We’ll talk')[1]?.tokens.map((t) => t.word)).toEqual(['we', 'll', 'talk']);
  });

  it('punctuation between two words is their gap; spaces are not', () => {
    const [s] = sentences('a, b - c/d (e) f');
    expect(s?.tokens.map((t) => t.gap)).toEqual(['', ',', '-', '/', '(', ')']);
  });

  it('a phrase splits into the words a message would', () => {
    expect(phraseWords("i'll send you")).toEqual(['i', 'll', 'send', 'you']);
    expect(phraseWords('in 3 days.')).toEqual(['in', '3', 'days']);
  });
});

describe('a subject and its action', () => {
  it('the action may come up to six words after the subject, not seven', () => {
    expect(promises("I'll one two three four five six send it")).toHaveLength(1);
    expect(promises("I'll one two three four five six seven send it")).toEqual([]);
  });

  it('a comma, a colon or a bracket between them separates them', () => {
    for (const text of ["I'll, well, send it", "I'll be honest: send it", "I'll (maybe) send it", "I'll be out) send it"]) {
      expect(promises(text), text).toEqual([]);
    }
  });

  it('the longer of a commitment and a subject wins', () => {
    expect(promises("I'm sending you the deck")).toEqual([["I'm sending you the deck", null]]);
    expect(promises("I'll get back to you tomorrow")).toEqual([["I'll get back to you tomorrow", '2026-12-02']]);
  });
});

describe('negations and conditions', () => {
  it('"not" right after the commitment undoes it; two words on it does not', () => {
    expect(promises('Ik stuur niet het artikel')).toEqual([]);
    expect(promises("I'll send it tomorrow, not today")).toEqual([["I'll send it tomorrow", '2026-12-02']]);
  });

  it('a condition right before the commitment makes it the reader\'s move', () => {
    expect(promises("Once you confirm I'll send it")).toEqual([]);
  });

  it('a condition anywhere before the commitment counts, across clauses', () => {
    expect(promises("Thanks, and if you like, I'll send the deck")).toEqual([]);
  });

  it('a "not" in an earlier clause is about something else', () => {
    expect(promises("Not today, but I'll send it tomorrow")).toEqual([["I'll send it tomorrow", '2026-12-02']]);
  });
});

describe('which date is the promise\'s', () => {
  it('the first real date after it: a date that does not exist is skipped', () => {
    expect(promises("I'll send it on 31 April or 2 May")).toEqual([["I'll send it on 31 April or 2 May", '2027-05-02']]);
  });
});

describe('dates before the commitment', () => {
  it('count in the same clause, not across a comma', () => {
    expect(promises("Tomorrow I'll send it")).toEqual([["Tomorrow I'll send it", '2026-12-02']]);
    expect(promises("Tomorrow, I'll send it")).toEqual([["I'll send it", null]]);
  });

  it('a later commitment does not take a date that belongs to the one before it', () => {
    expect(promises("On Friday I'll call you and I'll send the deck")).toEqual([
      ["Friday I'll call you", '2026-12-04'],
      ["I'll send the deck", null],
    ]);
  });

  it('an earlier commitment does not take a date that comes after the next one', () => {
    expect(promises("I'll call you and I'll send the deck on Friday")).toEqual([
      ["I'll call you", null],
      ["I'll send the deck on Friday", '2026-12-04'],
    ]);
  });
});

describe('phrase tables', () => {
  it('match the longest phrase starting at a word, whatever order they were added in', () => {
    const table = new PhraseTable<string>();
    table.add('send', 'short');
    table.add('send you the', 'longest');
    table.add('send you', 'longer');
    table.add('', 'nothing');
    const [s] = sentences('send you the deck, send you a note, send it, you');
    const at = (i: number) => table.match(s?.tokens ?? [], i);
    expect(at(0)).toEqual({ length: 3, value: 'longest' });
    expect(at(4)).toEqual({ length: 2, value: 'longer' });
    expect(at(8)).toEqual({ length: 1, value: 'short' });
    expect(at(10)).toBeNull();
    expect(at(11)).toBeNull();
  });
});
