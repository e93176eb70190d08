import { describe, expect, it } from 'vitest';
import { clipText, hashBytes, hashString, hashText, nameKey, normaliseText, snippetOf, SNIPPET_LENGTH, topicKeys } from '../../../src/storage/text';

describe('normalised text and its snippet', () => {
  it('composes to NFC and collapses every run of whitespace', () => {
    expect(normaliseText(' \tJose\u0301\n\n  says\u00a0hi  ')).toBe('José says hi');
  });

  it('keeps a text of exactly 140 characters whole and cuts one of 141', () => {
    const exact = 'a'.repeat(SNIPPET_LENGTH);
    expect(snippetOf(exact)).toBe(exact);
    expect(snippetOf(`${exact}b`)).toBe(exact);
    expect(snippetOf(`  ${exact}  `)).toBe(exact);
  });

  it('counts code points, so a snippet of emoji holds 140 of them, never half of one', () => {
    const emoji = '😀'.repeat(150);
    expect([...snippetOf(emoji)]).toHaveLength(SNIPPET_LENGTH);
    expect(snippetOf(emoji)).toBe('😀'.repeat(SNIPPET_LENGTH));
    const mixed = `${'a'.repeat(139)}😀😀`;
    expect(snippetOf(mixed)).toBe(`${'a'.repeat(139)}😀`);
    // A lone high surrogate is one code point of its own.
    expect(snippetOf(`${'a'.repeat(139)}\uD83Dbc`)).toBe(`${'a'.repeat(139)}\uD83D`);
    // U+FFFF, the last code point of one unit, is one unit.
    expect(snippetOf(`${'a'.repeat(139)}\uFFFFbc`)).toBe(`${'a'.repeat(139)}\uFFFF`);
  });
});

describe('clipping', () => {
  it('keeps a text of exactly max units and cuts one longer to max', () => {
    expect(clipText('abcde', 5)).toBe('abcde');
    expect(clipText('abcdef', 5)).toBe('abcde');
  });

  it('steps back over a high surrogate at the cut, and only then', () => {
    expect(clipText('abcd😀', 5)).toBe('abcd');
    expect(clipText('abc😀d', 5)).toBe('abc😀');
    expect(clipText('abcd\uDBFFx', 5)).toBe('abcd');
    expect(clipText('abcd\uD800x', 5)).toBe('abcd');
    expect(clipText('abcd\uD7FFx', 5)).toBe('abcd\uD7FF');
    expect(clipText('abcd\uDC00x', 5)).toBe('abcd\uDC00');
  });
});

describe('unkeyed hashes', () => {
  // Stored: LinkedIn-import urns and the file fingerprint of its resume cursor are made of these,
  // so a change would make the next import of the same file add everything again.
  it('are the values earlier versions stored', () => {
    expect(hashString('')).toBe('488bdcb81aee8d83');
    expect(hashString('a')).toBe('501c2ba782c97901');
    expect(hashString('Hello, world')).toBe('0013633852a90e4c');
    expect(hashString('li-export\u0000c1\u00001700000000000')).toBe('0e9b473feaca39c3');
    expect(hashBytes(new Uint8Array([0, 1, 2, 255]))).toBe('6707000eb09fa46a');
  });

  it('hash bytes as the string of the same char codes, and normalise text first', () => {
    expect(hashBytes(new TextEncoder().encode('Hello, world'))).toBe(hashString('Hello, world'));
    expect(hashText('  Hello,\n world  ')).toBe(hashString('Hello, world'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
  });
});

describe('index keys', () => {
  it('topic keys are normalised, lower-cased, without blanks or repeats, in first-seen order', () => {
    expect(topicKeys(['  Hiring  Engineers ', 'hiring engineers', '', '   ', 'B2B', 'b2b'])).toEqual(['hiring engineers', 'b2b']);
  });

  it('a name key folds case, accents and whitespace', () => {
    expect(nameKey('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(nameKey('Zoe\u0308 Ångström')).toBe('zoe angstrom');
  });

  it('a name key spells the letters without a decomposition plainly, upper case and lower', () => {
    expect(nameKey('Anna WEIẞ')).toBe(nameKey('anna weiss'));
    expect(nameKey('Søren Kjærgaard')).toBe('soren kjaergaard');
    expect(nameKey('Łukasz Đorđević')).toBe('lukasz dordevic');
    expect(nameKey('Œdipe Þórsdóttir Eðvarð')).toBe('oedipe thorsdottir edvard');
    expect(nameKey('Kırmızı')).toBe('kirmizi');
    // Only those letters: a name in another script is kept as it is, lower-cased.
    expect(nameKey('Ольга Ωμέγα')).toBe('ольга ωμεγα');
  });
});
