import { describe, expect, it } from 'vitest';
import { fold, isWordCode, normalize, SYMBOL, WORD } from '../../../src/rules/normalize';

/** Each folded unit with the original text it came from. */
function units(text: string): [string, string][] {
  const n = normalize(text);
  return [...n.text].map((c, i) => [c, text.slice(n.starts[i], n.ends[i])]);
}

describe('normalize, unit by unit', () => {
  it('an expansion maps every unit it makes to the one character, and a quick fold to its own', () => {
    expect(units('Þéé')).toEqual([['t', 'Þ'], ['h', 'Þ'], ['e', 'é'], ['e', 'é']]);
    expect(units('ﬁ™')).toEqual([['f', 'ﬁ'], ['i', 'ﬁ'], ['t', '™'], ['m', '™']]);
    expect(units('Æ Ł')).toEqual([['a', 'Æ'], ['e', 'Æ'], [' ', ' '], ['l', 'Ł']]);
  });

  it('ASCII: lower case, a backtick as an apostrophe, control characters and DEL as symbols', () => {
    expect(normalize('AZaz09`@[{~').text).toBe("azaz09'@[{~");
    expect(normalize('a\u0007\u007Fb\u0080c').text).toBe(`a${SYMBOL}${SYMBOL}b${SYMBOL}c`);
  });

  it('a whitespace run is one space, or one line break when it holds one, covering the whole run', () => {
    expect(units('a \t b')).toEqual([['a', 'a'], [' ', ' \t '], ['b', 'b']]);
    expect(units('a \n\u000B\f b')).toEqual([['a', 'a'], ['\n', ' \n\u000B\f '], ['b', 'b']]);
    expect(units('a\u2028\u00A0b\u3000c\u0085d')).toEqual([['a', 'a'], ['\n', '\u2028\u00A0'], ['b', 'b'], [' ', '\u3000'], ['c', 'c'], ['\n', '\u0085'], ['d', 'd']]);
    expect(units('\u00A0\u2029x')).toEqual([['\n', '\u00A0\u2029'], ['x', 'x']]);
    expect(units('x \r\n')).toEqual([['x', 'x'], ['\n', ' \r\n']]);
    expect(units('é\u3000')).toEqual([['e', 'é'], [' ', '\u3000']]);
  });

  it('marks and format characters are dropped into the character before them, never into a space', () => {
    expect(units('pre\u00ADsent')).toEqual([['p', 'p'], ['r', 'r'], ['e', 'e\u00AD'], ['s', 's'], ['e', 'e'], ['n', 'n'], ['t', 't']]);
    expect(units('a\u200D\uFE0Fb')).toEqual([['a', 'a\u200D\uFE0F'], ['b', 'b']]);
    expect(units('\u0301a')).toEqual([['a', 'a']]);
    expect(units('a \u0301b')).toEqual([['a', 'a'], [' ', ' '], ['b', 'b']]);
  });

  it('surrogate pairs are one character; a lone surrogate is a symbol', () => {
    expect(units('𝐀b')).toEqual([['a', '𝐀'], ['b', 'b']]);
    expect(units('x😀')).toEqual([['x', 'x'], [SYMBOL, '😀']]);
    expect(units('\uDC00\uD800')).toEqual([[SYMBOL, '\uDC00'], [SYMBOL, '\uD800']]);
    // U+10000 is a letter (Linear B).
    expect(units('\uD800\uD800\uDC00')).toEqual([[SYMBOL, '\uD800'], [WORD, '\uD800\uDC00']]);
  });

  it('letters and digits without an ASCII fold are word units, other symbols symbol units, whatever they decompose to', () => {
    expect(normalize('日本٣€½').text).toBe(`${WORD}${WORD}${WORD}${SYMBOL}1${SYMBOL}2`);
    // An Arabic ligature decomposes into words with spaces between: it stays one run of units, no space.
    const ligature = normalize('\uFDFA').text;
    expect(ligature.length).toBeGreaterThan(1);
    expect([...ligature].every((c) => c === WORD || c === SYMBOL)).toBe(true);
  });

  it('folds long texts, and texts of many distinct rare characters, like short ones', () => {
    const long = `${'ß'.repeat(3000)}${'Ab '.repeat(2000)}\u00A0`;
    const n = normalize(long);
    expect(n.text).toBe(`${'ss'.repeat(3000)}${'ab '.repeat(2000)}`);
    expect(n.starts[5999]).toBe(2999);
    expect(n.ends[n.text.length - 1]).toBe(long.length);
    // A text as long keeps its own offsets: the next normalize() does not write over them.
    const starts = [...n.starts];
    normalize('something else entirely');
    expect([...n.starts]).toEqual(starts);
    expect(units('Straße')).toEqual([['s', 'S'], ['t', 't'], ['r', 'r'], ['a', 'a'], ['s', 'ß'], ['s', 'ß'], ['e', 'e']]);
    const rare = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(normalize(rare).text).toBe(WORD.repeat(5000));
    expect(normalize(rare).text).toBe(WORD.repeat(5000));
  });

  it('the same text twice folds to the same result; the latest offsets are always those of the latest text', () => {
    const first = normalize('Ünï');
    expect(normalize('Ünï')).toBe(first);
    const other = normalize('xÜ');
    expect(other.text).toBe('xu');
    expect([...other.starts]).toEqual([0, 1]);
    expect(normalize('Ünï').text).toBe('uni');
  });
});

describe('normalize, at the edges', () => {
  it('a character the fold table names folds as named, not as its decomposition would', () => {
    expect(units('a´b″c')).toEqual([['a', 'a'], ["'", '´'], ['b', 'b'], ['"', '″'], ['c', 'c']]);
    // A space with no decomposition of its own.
    expect(units('a\u1680b')).toEqual([['a', 'a'], [' ', '\u1680'], ['b', 'b']]);
  });

  it('pairs only a high surrogate with a low one right after it', () => {
    expect(units('ф\uDC00')).toEqual([[WORD, 'ф'], [SYMBOL, '\uDC00']]);
    expect(units('\uD800\uE000')).toEqual([[SYMBOL, '\uD800'], [SYMBOL, '\uE000']]);
    expect(units('\uDBFF\uDFFF')).toEqual([[SYMBOL, '\uDBFF\uDFFF']]);
    expect(units('\uD800\uDFFF')).toEqual([[SYMBOL, '\uD800\uDFFF']]);
  });

  it('keeps every unit of a long ASCII text, and of expansions that just fill the buffer', () => {
    const ascii = 'ab '.repeat(7000);
    expect(normalize(ascii).text).toBe(ascii);
    // 3 units for each ligature and the ASCII after them: 4,097 units, one past the reused buffer.
    const full = `${'ﬃ'.repeat(1000)}${'a'.repeat(1097)}`;
    const n = normalize(full);
    expect(n.text).toBe(`${'ffi'.repeat(1000)}${'a'.repeat(1097)}`);
    expect(n.ends[4096]).toBe(full.length);
  });
});

describe('fold', () => {
  it('trims, and never disturbs the offsets normalize() returned', () => {
    const n = normalize('Ça va');
    expect(fold('  Ça  Va \n')).toBe('ca va');
    expect(fold('ß'.repeat(5000))).toBe('ss'.repeat(5000));
    expect(fold('Ærø')).toBe('aero');
    expect([...n.starts]).toEqual([0, 1, 2, 3, 4]);
    expect(n.text).toBe('ca va');
  });
});

describe('isWordCode', () => {
  it('is a-z, 0-9 and the word unit, nothing around them', () => {
    for (const c of 'az09') expect(isWordCode(c.charCodeAt(0))).toBe(true);
    expect(isWordCode(1)).toBe(true);
    for (const code of [0, 2, 32, 47, 58, 64, 65, 90, 96, 123]) expect(isWordCode(code)).toBe(false);
  });
});
