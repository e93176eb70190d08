import { describe, expect, it } from 'vitest';
import { acrossAside } from '../../../src/rules/aside';
import { MAX_WORD_LENGTH } from '../../../src/rules/matcher';
import type { Cue } from '../../../src/rules/types';

function cue(text: string, word: string, from = 0): Cue {
  const ns = text.indexOf(word, from);
  if (ns < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { ns, ne: ns + word.length, start: ns, end: ns + word.length };
}

/** The text from the `we` cue to the last `help` cue, if acrossAside pairs them. */
function paired(text: string, maxGapWords = 3): string[] {
  return acrossAside(text, [cue(text, 'we')], [cue(text, 'help', text.lastIndexOf('help'))], maxGapWords).map((c) => text.slice(c.ns, c.ne));
}

describe('acrossAside: what opens an aside, and how far it may reach', () => {
  it('opens only at a comma, a bracket or a dash standing alone: not at a word, nor at a dash that starts one', () => {
    expect(paired('we ta team help')).toEqual([]);
    expect(paired('we -small team - help')).toEqual([]);
  });

  it('counts a word that starts right after the bracket', () => {
    expect(paired('we (ten) help')).toEqual(['we (ten) help']);
  });

  it('counts a word right after the aside closes toward the gap', () => {
    expect(paired('we, a team,really help', 1)).toEqual(['we, a team,really help']);
    expect(paired('we, a team,really help', 0)).toEqual([]);
  });

  it('reaches fourteen words of the longest length a word is matched at, each with one space after it', () => {
    const longest = Array.from({ length: 14 }, (_, i) => String.fromCharCode(97 + i).repeat(MAX_WORD_LENGTH)).join(' ');
    expect(paired(`we,${longest}, help`)).toHaveLength(1);
    expect(paired(`we, ${longest}, help`)).toEqual([]);
  });
});
