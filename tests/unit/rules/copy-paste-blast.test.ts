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
