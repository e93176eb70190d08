import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/copy-paste-blast';
import { input } from './rule-input';

const five = (text: string): string[] => Array.from({ length: 5 }, () => text);
const template = (name: string): string =>
  `Hi ${name}, thanks for connecting! I'm always keen to meet people in fintech. What's the biggest challenge on your plate this quarter?`;
const names = ['Mark', 'Sofia', 'Daniel', 'Yusuf', 'Emma'];

describe('copy-paste-blast: its evidence', () => {
  it('is the draft without the blank space around it, with the number of copies', () => {
    const text = `\n ${template('Laura')}\t\t\t\n`;
    expect(check(input(text, { recentSent: names.map(template) }))).toEqual([{ start: 2, end: 2 + template('Laura').length, params: { count: 5 } }]);
  });

  it('is nothing below the count, with no recent messages, or for a draft under minWords', () => {
    expect(check(input(template('Laura'), { recentSent: names.slice(0, 4).map(template) }))).toEqual([]);
    expect(check(input(template('Laura'), {}, { blastCount: 2 }))).toEqual([]);
    expect(check(input('Thanks a lot for the intro, Dana!', { recentSent: five('Thanks a lot for the intro, Dana!') }))).toEqual([]);
    expect(check(input(template('Laura'), { recentSent: [...names.slice(0, 4).map(template), 'Hi!', 'Hi!'] }))).toEqual([]);
  });
});

describe('copy-paste-blast: similarity at its floor', () => {
  // Ten distinct words; each recent message holds seven of them and nothing else: 7 / 10 = 70 %.
  const draft = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet';
  const recent = five('alpha bravo charlie delta echo foxtrot golf');

  it('a similarity of exactly similarityPercent counts, a point more does not', () => {
    expect(check(input(draft, { recentSent: recent }))).toHaveLength(1);
    expect(check(input(draft, { recentSent: recent }, { similarityPercent: 71 }))).toEqual([]);
  });

  it('the same holds the other way round: a short draft against longer copies', () => {
    expect(check(input('alpha bravo charlie delta echo foxtrot golf hotel', { recentSent: five(draft) }, { similarityPercent: 80 }))).toHaveLength(1);
    expect(check(input('alpha bravo charlie delta echo foxtrot golf hotel', { recentSent: five(draft) }, { similarityPercent: 85 }))).toEqual([]);
  });

  it('minWords counts distinct words, and a draft of exactly minWords is long enough', () => {
    expect(check(input(draft, { recentSent: five(draft) }, { minWords: 10 }))).toHaveLength(1);
    expect(check(input(draft, { recentSent: five(draft) }, { minWords: 11 }))).toEqual([]);
    expect(check(input(`${draft} alpha alpha`, { recentSent: five(draft) }, { minWords: 11 }))).toEqual([]);
  });
});

describe('copy-paste-blast: words', () => {
  const sent = 'Quick question about your hiring plans for the data team this spring';

  it('punctuation before the first word or after the last adds no word', () => {
    expect(check(input(`"${sent}"`, { recentSent: five(sent) }, { similarityPercent: 100 }))).toHaveLength(1);
    expect(check(input(`…${sent}!`, { recentSent: five(`${sent}?`) }, { similarityPercent: 100 }))).toHaveLength(1);
    expect(check(input(sent, { recentSent: five(`— ${sent}`) }, { similarityPercent: 100 }))).toHaveLength(1);
  });

  it('a word is its letters in order: an anagram or a longer word is another word', () => {
    expect(check(input(sent.replace('team', 'meat'), { recentSent: five(sent) }, { similarityPercent: 100 }))).toEqual([]);
    expect(check(input(sent.replace('team', 'teams'), { recentSent: five(sent) }, { similarityPercent: 100 }))).toEqual([]);
  });
});

describe('copy-paste-blast: long messages', () => {
  // Over 40 distinct words: more than the 32 the quick estimate looks at.
  const long = (name: string): string =>
    `Hi ${name}, I came across your profile while researching logistics leaders in the Nordics and wanted to reach out. `
    + 'Our team has spent eleven years helping freight forwarders modernise their quoting, cut manual rework and win back '
    + 'margin on every shipment they book. Would you be open to comparing notes sometime next month?';

  it('the same long template to five others is a blast, at any floor it reaches', () => {
    const recentSent = names.map(long);
    expect(check(input(long('Laura'), { recentSent }))).toEqual([{ start: 0, end: long('Laura').length, params: { count: 5 } }]);
    expect(check(input(long('Laura'), { recentSent }, { similarityPercent: 95 }))).toHaveLength(1);
    expect(check(input(long('Laura'), { recentSent }, { similarityPercent: 100 }))).toEqual([]);
  });

  it('a long message that shares only its opening with the templates is not a blast', () => {
    const own = 'Hi Laura, I came across your profile while researching logistics leaders in the Nordics and loved your talk '
      + 'on cold-chain audits in Gothenburg, especially the part about sensors failing quietly on night routes. '
      + 'Did the pilot with the ferry operators ever get funded, or is that still waiting on the port authority?';
    expect(check(input(own, { recentSent: names.map(long) }))).toEqual([]);
    expect(check(input(own, { recentSent: names.map(long) }, { similarityPercent: 50 }))).toEqual([]);
  });
});

describe('copy-paste-blast: lengths', () => {
  // Near-duplicates have near-equal lengths: a text 2.5 times as long or short is compared, a longer or shorter one is not.
  const short = 'one two four';
  const atRatio = 'one two four, one two four one';
  const past = 'one two four, one two four, one';
  const loose = { minWords: 3, blastCount: 2 };

  it('a copy up to 2.5 times as long or as short counts, beyond that it does not', () => {
    expect([short.length * 2.5, past.length]).toEqual([atRatio.length, atRatio.length + 1]);
    expect(check(input(short, { recentSent: [atRatio, atRatio] }, loose))).toHaveLength(1);
    expect(check(input(atRatio, { recentSent: [short, short] }, loose))).toHaveLength(1);
    expect(check(input(short, { recentSent: [past, past] }, loose))).toEqual([]);
    expect(check(input(past, { recentSent: [short, short] }, loose))).toEqual([]);
  });
});

describe('copy-paste-blast: long messages at the floor', () => {
  // Forty distinct words, and copies holding 28 of them: exactly 70 %, past the 32 words the quick estimate reads.
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
  const draft = words.join(' ');

  it('a long copy at exactly the floor counts', () => {
    expect(check(input(draft, { recentSent: five(words.slice(0, 28).join(' ')) }))).toHaveLength(1);
    expect(check(input(draft, { recentSent: five(words.slice(12).join(' ')) }))).toHaveLength(1);
    expect(check(input(draft, { recentSent: five([...words.slice(0, 30), 'other1', 'other2'].join(' ')) }))).toHaveLength(1);
  });

  it('a long copy just under the floor does not', () => {
    expect(check(input(draft, { recentSent: five(words.slice(0, 27).join(' ')) }))).toEqual([]);
    expect(check(input(draft, { recentSent: five([...words.slice(0, 30), 'other1', 'other2', 'other3'].join(' ')) }))).toEqual([]);
  });
});
