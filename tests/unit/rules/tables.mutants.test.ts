import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../src/rules/automaton';
import { Matcher, type PhraseSource } from '../../../src/rules/matcher';
import { normalize } from '../../../src/rules/normalize';
import { automatonFromBytes, automatonToBytes, matcherFromBytes, matcherToBytes } from '../../../src/rules/tables';

/** Every hit, as pattern@start-end, sorted. */
function hits(automaton: Automaton, text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (p, s, e) => found.push(`${p}@${s}-${e}`));
  return found.sort();
}

describe('an automaton as bytes', () => {
  it('one whose rows need 32 bits reads back and scans the same', () => {
    let seed = 3;
    const next = (): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    const patterns = Array.from({ length: 20_000 }, () => Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join(''));
    const built = new Automaton(patterns);
    const read = automatonFromBytes(automatonToBytes(built));
    expect(read?.tables.rows).toBeInstanceOf(Uint32Array);
    expect(read?.stateCount).toBe(built.stateCount);
    const text = `${patterns.slice(-200).join(' ')} ${patterns.slice(0, 200).join('')}`;
    expect(read && hits(read, text)).toEqual(hits(built, text));
  });

  it('one of 16-bit rows reads back as 16-bit rows', () => {
    const read = automatonFromBytes(automatonToBytes(new Automaton(['we help', 'help'])));
    expect(read?.tables.rows).toBeInstanceOf(Uint16Array);
    expect(read && hits(read, 'we help')).toEqual(['0@0-7', '1@3-7']);
  });

  it('bytes longer or shorter than written, or of another magic, are no automaton', () => {
    const bytes = automatonToBytes(new Automaton(['we help', 'help', 'abcdefghij']));
    const longer = new Uint8Array(bytes.byteLength + 4);
    longer.set(bytes);
    expect(automatonFromBytes(longer)).toBeNull();
    expect(automatonFromBytes(bytes.subarray(0, 28))).toBeNull();
    expect(automatonFromBytes(bytes.subarray(0, 27))).toBeNull();
    const other = bytes.slice();
    other[0] = (other[0] ?? 0) ^ 1;
    expect(automatonFromBytes(other)).toBeNull();
    // A header that claims more states than the bytes hold.
    const lying = bytes.slice();
    new Int32Array(lying.buffer, 12, 1)[0] = 1_000_000;
    expect(automatonFromBytes(lying)).toBeNull();
  });
});

describe('a matcher as bytes', () => {
  const sources: PhraseSource[] = [{ category: 'pitch', phrases: ['we help', '*rabatt'] }, { category: 'self', phrases: ['we'] }];

  it('only one layer is written', () => {
    const two = Matcher.of(sources).extend([{ category: 'allow', phrases: ['demo day'] }]);
    expect(() => matcherToBytes(two, sources)).toThrow('only a matcher of one layer is written');
  });

  it('any change to the phrases, however small, makes the bytes another matcher\'s', () => {
    const bytes = matcherToBytes(Matcher.of(sources), sources);
    const variants: PhraseSource[][] = [
      [{ category: 'pitch', phrases: ['we help', '*rabatT'] }, { category: 'self', phrases: ['we'] }],
      [{ category: 'pitch', phrases: ['we help', '*rabat'] }, { category: 'self', phrases: ['we'] }],
      [{ category: 'pitch', phrases: ['we help', '*rabattx'] }, { category: 'self', phrases: ['we'] }],
      [{ category: 'pitch', phrases: ['we help', '*rabatt'] }, { category: 'self', phrases: ['wf'] }],
      [{ category: 'pitch', phrases: ['we help', '*rabatt'] }, { category: 'self', phrases: ['we', ''] }],
      [{ category: 'pitch', phrases: ['xe help', '*rabatt'] }, { category: 'self', phrases: ['we'] }],
    ];
    for (const variant of variants) expect(matcherFromBytes(bytes, variant), JSON.stringify(variant)).toBeNull();
    const read = matcherFromBytes(bytes, sources);
    const text = 'We help with the Frühjahrsrabatt';
    expect(read?.scan(normalize(text)).hits('pitch').map((c) => text.slice(c.start, c.end))).toEqual(['We help', 'Frühjahrsrabatt']);
  });

  it('matcher bytes read at an offset not 4-aligned are read all the same', () => {
    const bytes = matcherToBytes(Matcher.of(sources), sources);
    const shifted = new Uint8Array(bytes.byteLength + 2).subarray(2);
    shifted.set(bytes);
    const read = matcherFromBytes(shifted, sources);
    expect(read?.scan(normalize('we help')).hits('self')).toHaveLength(1);
    expect(matcherFromBytes(bytes.subarray(0, 15), sources)).toBeNull();
  });
});
