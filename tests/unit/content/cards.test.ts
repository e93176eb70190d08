import { describe, expect, it } from 'vitest';
import { cardsOf, ignoreKey, sameFindings, visibleFindings } from '../../../src/content/cards';
import type { Finding } from '../../../src/rules/types';

const draft = 'Hi {name}, we help teams like yours. We help teams like yours, honestly.';
const at = (phrase: string, from = 0): [number, number] => {
  const start = draft.indexOf(phrase, from);
  return [start, start + phrase.length];
};
function finding(rule: Finding['rule'], severity: Finding['severity'], [start, end]: [number, number], message = `${rule} message`): Finding {
  return { rule, severity, start, end, message, suggestion: `${rule} suggestion` };
}
const pitch1 = finding('early-pitch', 'warning', at('we help teams'));
const pitch2 = finding('early-pitch', 'warning', at('We help teams'));
const slot = finding('unfilled-placeholder', 'error', at('{name}'));
const long = finding('invite-note-too-long', 'warning', [0, draft.length]);

describe('cards: what the panel shows of the findings', () => {
  it('most severe first, then in reading order', () => {
    expect(visibleFindings([pitch2, long, pitch1, slot], draft, new Set())).toEqual([slot, long, pitch1, pitch2]);
  });

  it('"Ignore here" on a phrase hides those words wherever they stand, in any case, and nothing else', () => {
    const ignored = new Set([ignoreKey(pitch1, draft)]);
    expect(visibleFindings([pitch1, pitch2, slot], draft, ignored)).toEqual([slot]);
    expect(ignoreKey(pitch1, draft)).not.toBe(ignoreKey(slot, draft));
  });

  it('"Ignore here" on a whole-draft rule is the rule, whatever the draft says', () => {
    expect(ignoreKey(long, draft)).toBe(ignoreKey(long, 'another draft'));
    expect(ignoreKey(pitch1, draft)).not.toBe(ignoreKey(pitch1, 'we sell teams tools like yours'));
  });

  it('one rule saying one thing in two places makes one card quoting each phrase once', () => {
    const again = finding('early-pitch', 'warning', at('we help teams'));
    const cards = cardsOf([pitch1, pitch2, again, slot], draft);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toEqual({ findings: [pitch1, pitch2, again], phrases: ['we help teams', 'We help teams'] });
    expect(cards[1]?.phrases).toEqual(['{name}']);
  });

  it('another message is another card; a whole-draft rule quotes no phrase', () => {
    const other = finding('early-pitch', 'warning', at('We help teams'), 'another message');
    expect(cardsOf([pitch1, other, long], draft).map((c) => c.phrases)).toEqual([['we help teams'], ['We help teams'], []]);
  });

  it('the badge hears of a change of rule or severity, not of a moved phrase', () => {
    expect(sameFindings([pitch1], [pitch2])).toBe(true);
    expect(sameFindings([pitch1], [slot])).toBe(false);
    expect(sameFindings([pitch1], [{ ...pitch1, severity: 'info' }])).toBe(false);
    expect(sameFindings([pitch1], [pitch1, pitch2])).toBe(false);
  });
});
