import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../../src/rules/promises/detect';
import { promiseLanguages, tables } from '../../../../src/rules/promises/phrases';
import { fold } from '../../../../src/rules/normalize';
import { phraseWords, sentencesWhere, wordHash } from '../../../../src/rules/promises/tokens';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const hashesOf = (phrase: string): Int32Array => Int32Array.from(phraseWords(fold(phrase)), wordHash);
const words = (text: string, worth: (h: Int32Array, n: number) => boolean = () => true): string[][] =>
  sentencesWhere(text, worth).map((s) => s.tokens.map((t) => t.word));

describe('promises: only sentences that may hold a commitment are tokenized', () => {
  const languages = Object.entries(promiseLanguages);

  it.each(languages)('%s: every commit and subject phrase is seen by the word-hash filter', (_lang, language) => {
    const t = tables();
    for (const phrase of language.commit) expect(t.commit.occursIn(hashesOf(`well, ${phrase}`), 1 + hashesOf(phrase).length), phrase).toBe(true);
    for (const phrase of language.subject) expect(t.subject.occursIn(hashesOf(`so ${phrase} then`), 2 + hashesOf(phrase).length), phrase).toBe(true);
  });

  it('a sentence with none of them is not tokenized', () => {
    const t = tables();
    expect(t.commit.occursIn(hashesOf('thanks for the lovely talk yesterday'), 6)).toBe(false);
    expect(t.subject.occursIn(hashesOf('thanks for the lovely talk yesterday'), 6)).toBe(false);
    // Only the first words of a subject are not the subject: "i" alone commits to nothing.
    expect(t.subject.occursIn(hashesOf('i think so'), 3)).toBe(false);
  });

  it.each(languages)('%s: a commit phrase between two plain sentences is still a promise', (_lang, language) => {
    for (const phrase of language.commit) {
      const text = `Thanks for the talk. ${phrase} the notes. See you soon`;
      const found = findPromises(text, NOW);
      expect(found.map((p) => p.start), phrase).toContain(text.indexOf(phrase));
    }
  });

  it('splits sentences as the tokenizer does: day numbers, dotted words, apostrophes, a last sentence with no stop', () => {
    const text = "Am 4. Dezember schicke ich es. Siehe acme.io und 4.12.2026! I'll call; ok\nlast one";
    expect(words(text)).toEqual([
      ['am', '4', 'dezember', 'schicke', 'ich', 'es'],
      ['siehe', 'acme', 'io', 'und', '4', '12', '2026'],
      ['i', 'll', 'call'],
      ['ok'],
      ['last', 'one'],
    ]);
    // The filter sees each sentence's own words, and only the accepted ones come back.
    expect(words(text, (h, n) => n === 3 && h[0] === wordHash('i'))).toEqual([['i', 'll', 'call']]);
  });
});
