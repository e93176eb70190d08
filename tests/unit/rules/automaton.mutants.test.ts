import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../src/rules/automaton';
import { naive, scan } from './automaton-oracle';

/*
 * The automaton's behaviour against a naive search, on inputs the lexicons' own test does not
 * reach: long failure chains past the dense depth, an empty pattern, characters at the edge of
 * ASCII, more states than a 16-bit row can name, and the steps of its build.
 */

function random(seed: number): { next: () => number; pick: (chars: string, length: number) => string } {
  let s = seed;
  const next = (): number => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const pick = (chars: string, length: number): string => Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join('');
  return { next, pick };
}

describe('Automaton against a naive search', () => {
  it('long patterns over two letters: deep failure chains through the sparse states', () => {
    const { next, pick } = random(11);
    for (let round = 0; round < 60; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pick('ab', 1 + Math.floor(next() * 14)));
      const automaton = new Automaton(patterns);
      const text = pick('ab', Math.floor(next() * 400));
      expect(scan(automaton, text), `round ${round}`).toEqual(naive(patterns, text));
    }
  });

  it('characters at the edge of ASCII: the last one, the first beyond it, and codes no pattern uses', () => {
    const { next, pick } = random(5);
    const chars = 'ab\u007f\u0080\u00ff\u0001 ';
    for (let round = 0; round < 120; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 20) }, () => pick(chars, 1 + Math.floor(next() * 9)));
      const automaton = new Automaton(patterns);
      const text = pick(`${chars}xz\u0100`, Math.floor(next() * 300));
      expect(scan(automaton, text), `round ${round}`).toEqual(naive(patterns, text));
    }
  });

  it('an empty pattern matches nothing, and the others still match', () => {
    expect(scan(new Automaton(['', 'ab', '']), 'xabab')).toEqual(['1@1-3', '1@3-5']);
    expect(scan(new Automaton(['']), 'abc')).toEqual([]);
  });

  it('a pattern that is part ASCII matches nowhere, not even its ASCII start', () => {
    expect(scan(new Automaton(['abé', 'ab\u0080', 'b']), 'abé ab\u0080 abx')).toEqual(['2@1-2', '2@5-6', '2@9-10']);
  });

  it('each hit\'s start and end cover its own pattern, in order of the end', () => {
    const found: string[] = [];
    new Automaton(['abcd', 'bc', 'c', 'bcd']).scan('xabcdx', (p, s, e) => found.push(`${p}@${s}-${e}`));
    expect(found).toEqual(['1@2-4', '2@3-4', '0@1-5', '3@2-5']);
  });

  it('more states than 16 bits can name: every pattern is still found', () => {
    const { pick } = random(3);
    const patterns = Array.from({ length: 20_000 }, () => pick('abcdefghijklmnopqrstuvwxyz', 8));
    const automaton = new Automaton(patterns);
    // Those within a dense row's reach (depth 7) alone number more than 65,536.
    expect(automaton.stateCount).toBeGreaterThan(110_000);
    const text = patterns.slice(-300).join(' ') + patterns.slice(0, 300).join('');
    expect(scan(automaton, text)).toEqual(naive(patterns, text));
  });
});

describe('Automaton tables and build', () => {
  it('tables read back make an automaton that scans the same', () => {
    const patterns = ['we help', 'help', 'elp', 'p', "l'equipe", 'abcdefghij', 'bcdefghijk'];
    const built = new Automaton(patterns);
    const copy = new Automaton(built.tables);
    expect(copy.tables).toBe(built.tables);
    const text = "we help l'equipe abcdefghijk";
    expect(scan(copy, text)).toEqual(naive(patterns, text));
  });

  it('tableBytes is the size of every table it scans with', () => {
    const automaton = new Automaton(['we help', 'help', 'elp', 'abcdefghij']);
    const t = automaton.tables;
    const sum = [t.rows, t.firstChild, t.via, t.fail, t.own, t.link, t.ends, t.lengths].reduce((n, a) => n + a.byteLength, 0);
    expect(automaton.tableBytes).toBe(sum);
    expect(t.lengths.byteLength).toBeGreaterThan(0);
    expect(t.rows.byteLength).toBeGreaterThan(0);
  });

  it('build yields after the trie, after numbering, and before each further 4,096 states', () => {
    const count = (patterns: readonly string[]): { yields: number; automaton: Automaton } => {
      const steps = Automaton.build(patterns);
      let yields = 0;
      let step = steps.next();
      while (!step.done) { yields++; step = steps.next(); }
      return { yields, automaton: step.value };
    };
    const small = count(['ab', 'b']);
    expect(small.yields).toBe(2);
    expect(scan(small.automaton, 'abab')).toEqual(naive(['ab', 'b'], 'abab'));
    const { pick } = random(9);
    const patterns = Array.from({ length: 1_500 }, () => pick('abcdefghijklmnopqrstuvwxyz', 6));
    const big = count(patterns);
    expect(big.yields).toBe(1 + Math.ceil(big.automaton.stateCount / 4096));
    expect(big.automaton.stateCount).toBeGreaterThan(4096);
    const text = patterns.slice(0, 200).join(' ');
    expect(scan(big.automaton, text)).toEqual(naive(patterns, text));
  });
});
