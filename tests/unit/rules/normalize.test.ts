import { describe, expect, it } from 'vitest';
import { fold, normalize, SYMBOL, WORD } from '../../../src/rules/normalize';

describe('normalize', () => {
  it('folds case and diacritics, including both Romanian comma and cedilla forms', () => {
    expect(fold('ȘEDINȚĂ şedinţă Ședință')).toBe('sedinta sedinta sedinta');
    expect(fold('Hjälper Åkerier Øl Straße Œuvre')).toBe('hjalper akerier ol strasse oeuvre');
  });

  it('unifies apostrophes, quotes and dashes', () => {
    expect(fold('I’d ‘say’ “hi” «ok» – — ‐')).toBe('i\'d \'say\' "hi" "ok" - - -');
  });

  it('collapses whitespace runs and keeps a line break as one newline', () => {
    expect(normalize('a \t\u00A0 b\r\n\n c').text).toBe('a b\nc');
  });

  it('keeps letters without an ASCII fold as word characters and symbols as symbols', () => {
    expect(normalize('Привет 😀').text).toBe(`${WORD.repeat(6)} ${SYMBOL}`);
    expect(normalize('\uD800x').text).toBe(`${SYMBOL}x`);
    expect(normalize('a\u0000\u0001b').text).toBe(`a${SYMBOL}${SYMBOL}b`);
  });

  it('folds a plain ASCII phrase exactly as it folds any text, backticks and symbols included', () => {
    let seed = 11;
    const next = (): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    const printable = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    for (let round = 0; round < 500; round++) {
      const chars = `${printable}   \t\n\u007f\u0001é`;
      const phrase = Array.from({ length: Math.floor(next() * 12) }, () => chars[Math.floor(next() * chars.length)]).join('');
      expect(fold(phrase), JSON.stringify(phrase)).toBe(normalize(phrase).text.trim());
    }
    expect(fold('Book A `Demo`')).toBe("book a 'demo'");
  });

  it('folds a phrase with any one character of the Basic Multilingual Plane as it folds any text', () => {
    // fold() takes a phrase by its decomposition when that, marks dropped, is plain ASCII; any other
    // goes through normalize()'s own folding. This pins the first kind to normalize(), one code point
    // at a time, inside a word, beside a space and beside a mark. (Only those: the rest through the
    // instrumented folding would cost the mutation run seconds per mutant.)
    const decomposesToAscii = (ch: string): boolean => /^[\x20-\x7e]*$/u.test(ch.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, ''));
    let checked = 0;
    for (let cp = 0x80; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      if (!decomposesToAscii(ch)) continue;
      checked++;
      for (const phrase of [`Ab${ch}c`, `a ${ch}`, `${ch}e\u0301`]) {
        const want = normalize(phrase).text.trim();
        if (fold(phrase) !== want) expect(fold(phrase), `U+${cp.toString(16)} in ${JSON.stringify(phrase)}`).toBe(want);
      }
    }
    expect(checked).toBeGreaterThan(1_000);
    expect(fold('don´t Ångström ｶﾞ')).toBe(normalize('don´t Ångström ｶﾞ').text);
  });

  it('maps every folded unit back to its original range', () => {
    const text = 'Aß é\u0301';
    const n = normalize(text);
    expect(n.text).toBe('ass e');
    expect([...n.starts]).toEqual([0, 1, 1, 2, 3]);
    // The dropped combining accent belongs to the letter before it.
    expect([...n.ends]).toEqual([1, 2, 2, 3, 5]);
  });
});
