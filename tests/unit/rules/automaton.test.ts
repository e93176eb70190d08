import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../src/rules/automaton';
import { automatonFromBytes, automatonToBytes } from '../../../src/rules/tables';
import { naive, scan } from './automaton-oracle';

describe('Automaton', () => {
  it('finds exactly what a naive search finds: overlaps, prefixes, suffixes, duplicates', () => {
    let seed = 7;
    const next = (): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    const pick = (chars: string, length: number): string => Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pick("ab c'é", 1 + Math.floor(next() * 7)));
      const automaton = new Automaton(patterns);
      const text = pick("ab c'xé", Math.floor(next() * 300));
      expect(scan(automaton, text), `round ${round}`).toEqual(naive(patterns, text));
    }
  });

  it('reports every pattern ending at one place, longest and shortest', () => {
    const automaton = new Automaton(['we help', 'help', 'elp', 'p']);
    expect(scan(automaton, 'we help')).toEqual(['0@0-7', '1@3-7', '2@4-7', '3@6-7'].sort());
  });

  it('handles no patterns and empty text', () => {
    expect(scan(new Automaton([]), 'anything')).toEqual([]);
    expect(scan(new Automaton(['a']), '')).toEqual([]);
  });
});

describe('Automaton as bytes (tables.ts)', () => {
  it('read back from automatonToBytes() finds exactly what the built one finds, at any byte offset', () => {
    const patterns = ['we help', 'help', 'elp', 'p', "l'equipe", 'ab', 'b c', 'é'];
    const built = new Automaton(patterns);
    const bytes = automatonToBytes(built);
    const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
    shifted.set(bytes);
    for (const copy of [automatonFromBytes(bytes), automatonFromBytes(shifted)]) {
      expect(copy?.stateCount).toBe(built.stateCount);
      for (const text of ['we help the team', "l'equipe ab c help p", '']) expect(scan(copy ?? built, text)).toEqual(scan(built, text));
    }
  });

  it('anything else is no automaton, never an error', () => {
    const bytes = automatonToBytes(new Automaton(['we help', 'help']));
    expect(automatonFromBytes(bytes.subarray(0, bytes.byteLength - 4))).toBeNull();
    expect(automatonFromBytes(new Uint8Array(3))).toBeNull();
    expect(automatonFromBytes(new Uint8Array(64))).toBeNull();
  });
});

describe('Automaton.build', () => {
  it('builds in several steps, a part of the states each, and scans exactly like one built at once', () => {
    const patterns = Array.from({ length: 3_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const steps = Automaton.build(patterns);
    let count = 0;
    let step = steps.next();
    while (!step.done) { count++; step = steps.next(); }
    const whole = new Automaton(patterns);
    expect(whole.stateCount).toBeGreaterThan(8_192);
    expect(count).toBeGreaterThan(3);
    const text = patterns.slice(0, 400).join(' ');
    expect(scan(step.value, text)).toEqual(scan(whole, text));
  });
});
