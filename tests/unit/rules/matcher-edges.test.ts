import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/rules/matcher';
import { normalize } from '../../../src/rules/normalize';

const matcher = Matcher.of([
  { category: 'self', phrases: ['wir', 'we'] },
  { category: 'target', phrases: ['unternehmen', 'company', 'abend', 'teams'] },
  { category: 'signupAsk', phrases: ['would you like'] },
]);
const scan = (text: string) => matcher.scan(normalize(text));
const paired = (text: string): number => scan(text).pairs('self', 'target', { maxGapWords: 8 }).length;

describe('the words of a template slot are no cue', () => {
  it.each(['Hallo {unternehmen}!', 'Hi {{ company | default }},', 'Hi [company name],', 'Hi <COMPANY>,', 'Hi %company%,'])('%s', (text) => {
    expect(scan(text).hits('target')).toEqual([]);
  });

  it.each(['Hallo Unternehmen!', 'Our company (the one you met) grew', 'a [note] about your company'])('but they are outside one: %s', (text) => {
    expect(scan(text).hits('target')).toHaveLength(1);
  });
});

describe('a full stop in a number or a date ends no clause', () => {
  it('pairs across a day ordinal and a decimal', () => {
    expect(paired('wir machen am 27. August einen Abend')).toBe(1);
    expect(paired('we grew 2.5x for teams')).toBe(1);
  });

  it('still ends the clause at a real full stop, also after a number', () => {
    expect(paired('wir machen es. August Abend')).toBe(0);
    expect(paired('wir sind seit 2019. Abend')).toBe(0);
  });

  it('keeps a date inside its sentence for sentence-wide cues', () => {
    const cues = scan('would you like to join on 3. March with your teams');
    const [team] = cues.hits('target');
    expect(team && cues.sentenceHas(team, 'signupAsk')).toBe(true);
  });
});
