import { describe, expect, it } from 'vitest';
import { evidenceOf } from './context';

const rule = 'no-consent-signup';

describe('no-consent-signup', () => {
  it('a question or a consent question in another sentence does not make a sign-up a question', () => {
    expect(evidenceOf(rule, "I've added you to our monthly newsletter. Any questions?")).toEqual(['added you to our monthly newsletter']);
    expect(evidenceOf(rule, "I've added you to our monthly newsletter. Shall I add you to our mailing list too?")).toEqual(['added you to our monthly newsletter']);
  });

  it('the act and what they were put on, within a few words and in one clause', () => {
    expect(evidenceOf(rule, 'I added you to the list of our monthly newsletter readers.')).toEqual(['added you to the list of our monthly']);
    expect(evidenceOf(rule, 'I added you, as you know, to the very long list of our newsletter.')).toEqual([]);
  });
});
