import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx, findingsOf } from './context';

const rule = 'copy-paste-blast';
const template = (name: string): string =>
  `Hi ${name}, thanks for connecting! I'm always keen to meet people in fintech. What's the biggest challenge on your plate this quarter?`;
const names = ['Mark', 'Sofia', 'Daniel', 'Yusuf', 'Emma', 'Olu'];

describe(rule, () => {
  it('flags the same template sent to five others, with only the name changed', () => {
    const [finding] = findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 5).map(template) }));
    expect(finding).toMatchObject({ start: 0, end: template('Laura').length, severity: 'info' });
    expect(finding?.message).toContain('5');
  });

  it('four copies are not a blast yet', () => {
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 4).map(template) }))).toEqual([]);
  });

  it('a personal message beside a pile of templates is not a blast', () => {
    const own = 'Hi Ravi, I read your piece on settlement delays. Did T+1 make things easier or just move the pain around?';
    expect(findingsOf(rule, own, ctx({ recentSent: names.map(template) }))).toEqual([]);
  });

  it('short notes like "Thanks!" are never a blast', () => {
    expect(findingsOf(rule, 'Thanks a lot!', ctx({ recentSent: Array.from({ length: 10 }, () => 'Thanks a lot!') }))).toEqual([]);
  });

  it('the count threshold is a setting', () => {
    const settings = defaultSettings();
    settings.rules[rule].thresholds.blastCount = 2;
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 2).map(template) }), settings)).toHaveLength(1);
  });
});

describe(`${rule}: counting`, () => {
  const other = 'Hi Ravi, I read your piece on settlement delays. Did T+1 make things easier or just move the pain around?';

  it('four copies among five recent messages are still not a blast', () => {
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: [...names.slice(0, 4).map(template), other] }))).toEqual([]);
  });

  it('the message counts the copies, not every recent message', () => {
    const [finding] = findingsOf(rule, template('Laura'), ctx({ recentSent: [...names.slice(0, 5).map(template), other, other] }));
    expect(finding?.message).toContain('5');
    expect(finding?.message).not.toContain('7');
  });

  it('the evidence is the message without its surrounding blank space', () => {
    const text = `\n  ${template('Laura')}  \n`;
    const [finding] = findingsOf(rule, text, ctx({ recentSent: names.slice(0, 5).map(template) }));
    expect(text.slice(finding?.start, finding?.end)).toBe(template('Laura'));
  });
});

describe(`${rule}: similarity`, () => {
  // The template with its question reworded: 16 of 29 distinct words shared (55 %).
  const reworded = (name: string): string =>
    `Hi ${name}, thanks for connecting! I'm always keen to meet people in fintech. What keeps your team busiest this year?`;

  it('reworded copies below the default 70 % similarity are not a blast', () => {
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 5).map(reworded) }))).toEqual([]);
  });

  it('similarityPercent is a setting: at 50 % the same reworded copies are a blast', () => {
    const settings = defaultSettings();
    settings.rules[rule].thresholds.similarityPercent = 50;
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 5).map(reworded) }), settings)).toHaveLength(1);
  });

  it('at 100 % only word-for-word copies count: a changed name is enough to differ', () => {
    const settings = defaultSettings();
    settings.rules[rule].thresholds.similarityPercent = 100;
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: names.slice(0, 5).map(template) }), settings)).toEqual([]);
    expect(findingsOf(rule, template('Laura'), ctx({ recentSent: Array.from({ length: 5 }, () => template('Laura')) }), settings)).toHaveLength(1);
  });

  it('minWords is a setting: a short line repeated is a blast once minWords allows it', () => {
    const line = 'Happy new year to you and the whole team!';
    const recentSent = Array.from({ length: 5 }, () => line);
    expect(findingsOf(rule, line, ctx({ recentSent }))).toHaveLength(1);
    const settings = defaultSettings();
    settings.rules[rule].thresholds.minWords = 10;
    expect(findingsOf(rule, line, ctx({ recentSent }), settings)).toEqual([]);
  });
});

describe(`${rule}: words as a set`, () => {
  const exact = () => {
    const settings = defaultSettings();
    settings.rules[rule].thresholds.similarityPercent = 100;
    return settings;
  };

  it('a word repeated is still one word: the same words in another order and count are a copy', () => {
    const sent = 'Quick question about your hiring plans for the data team this spring';
    const draft = 'Quick quick question: the data team, your hiring plans this spring, about for';
    expect(findingsOf(rule, draft, ctx({ recentSent: Array.from({ length: 5 }, () => sent) }), exact())).toHaveLength(1);
  });

  it('the last word counts: copies that differ only there are not word-for-word', () => {
    const sent = 'Quick question about your hiring plans for the data team this spring';
    expect(findingsOf(rule, `${sent.slice(0, -'spring'.length)}autumn`, ctx({ recentSent: Array.from({ length: 5 }, () => sent) }), exact())).toEqual([]);
  });

  it('case and accents do not make a different word', () => {
    const sent = 'Merci pour la connexion, je serais ravi d’échanger sur votre café associatif';
    const draft = 'MERCI pour la connexion, je serais ravi d’echanger sur votre CAFE associatif';
    expect(findingsOf(rule, draft, ctx({ recentSent: Array.from({ length: 5 }, () => sent) }), exact())).toHaveLength(1);
  });
});
