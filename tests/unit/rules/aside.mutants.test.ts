import { describe, expect, it } from 'vitest';
import { acrossAside } from '../../../src/rules/aside';
import type { Cue } from '../../../src/rules/types';

// Cues by hand over a folded text: ns/ne index the text, start/end stand for the original offsets
// (shifted, so that a swap of one for the other shows).
function cue(text: string, word: string, from = 0): Cue {
  const ns = text.indexOf(word, from);
  if (ns < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { ns, ne: ns + word.length, start: ns + 1000, end: ns + word.length + 1000 };
}

/** The text from the `we` cue to the `help` cue, if acrossAside pairs them. */
function paired(text: string, maxGapWords = 3): string[] {
  const found = acrossAside(text, [cue(text, 'we')], [cue(text, 'help', 2)], maxGapWords);
  for (const c of found) {
    expect(c.start).toBe(c.ns + 1000);
    expect(c.end).toBe(c.ne + 1000);
  }
  return found.map((c) => text.slice(c.ns, c.ne));
}

describe('acrossAside', () => {
  it('pairs across an aside set off by commas, brackets or spaced dashes', () => {
    expect(paired('we, a team of ten, help shippers')).toEqual(['we, a team of ten, help']);
    expect(paired('we (ten people in cologne) help shippers')).toEqual(['we (ten people in cologne) help']);
    expect(paired('we - a small team - help shippers')).toEqual(['we - a small team - help']);
    expect(paired('we  , a team , help')).toEqual(['we  , a team , help']);
  });

  it('needs an aside right after the first half: no aside, or a dash inside a word, is no pair', () => {
    expect(paired('we gladly help')).toEqual([]);
    expect(paired('we -small team- help')).toEqual([]);
    expect(paired('we. a team, help')).toEqual([]);
  });

  it('a dash closes its aside only as a word of its own; inside a word it joins the word', () => {
    expect(paired('we - a small-team - help')).toEqual(['we - a small-team - help']);
    expect(paired('we - a team- help')).toEqual([]);
  });

  it('an aside holds at least one word, no sentence end and, inside brackets or dashes, no comma', () => {
    expect(paired('we,, help')).toEqual([]);
    expect(paired('we (), help')).toEqual([]);
    expect(paired('we, a team. and, help')).toEqual([]);
    expect(paired('we, a team! and, help')).toEqual([]);
    expect(paired('we, a team; and, help')).toEqual([]);
    expect(paired('we, a team\nand, help')).toEqual([]);
    expect(paired('we (ten, people) help')).toEqual([]);
    expect(paired('we - ten, people - help')).toEqual([]);
  });

  it('an aside holds at most fourteen words, a hyphenated word counting once', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${String.fromCharCode(97 + i)}`).join(' ');
    expect(paired(`we, ${words(14)}, help`)).toHaveLength(1);
    expect(paired(`we, ${words(15)}, help`)).toEqual([]);
    expect(paired(`we, e-commerce ${words(13)}, help`)).toHaveLength(1);
  });

  it('after the aside, the second half lies within the gap, in the same clause', () => {
    expect(paired('we, a team, really truly help')).toHaveLength(1);
    expect(paired('we, a team, really truly help', 2)).toHaveLength(1);
    expect(paired('we, a team, really truly help', 1)).toEqual([]);
    expect(paired('we, a team, e-commerce help', 1)).toHaveLength(1);
    expect(paired('we, a team, yes, help')).toEqual([]);
    expect(paired('we, a team, so. help')).toEqual([]);
    expect(paired(`we, a team,${' '.repeat(96)}help`)).toHaveLength(1);
    expect(paired(`we, a team,${' '.repeat(97)}help`)).toEqual([]);
  });

  it('takes the nearest second half after the aside, for each first half', () => {
    const text = 'we, help, help. we, a team, help';
    const a = [cue(text, 'we'), cue(text, 'we', 10)];
    const b = [cue(text, 'help'), cue(text, 'help', 5), cue(text, 'help', 20)];
    expect(acrossAside(text, a, b, 3).map((c) => text.slice(c.ns, c.ne))).toEqual(['we, help, help', 'we, a team, help']);
    expect(acrossAside(text, a, [], 3)).toEqual([]);
    expect(acrossAside('we, a team, and more', [cue('we, a team, and more', 'we')], [cue(text, 'help')], 3)).toEqual([]);
  });
});
