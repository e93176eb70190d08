import { describe, expect, it } from 'vitest';
import { ctx, established, evidenceOf } from './context';

const rule = 'early-pitch';
const text = 'Guillaume, je rebondis sur ton commentaire. Nos traceurs GPS pour engins ont réglé ça chez un client à Reims. On s\'appelle la semaine prochaine pour en parler 15 minutes ?';

describe('early-pitch: a meeting asked beside what the writer names as theirs', () => {
  it('is a meeting to present it in a young relationship', () => {
    expect(evidenceOf(rule, text, ctx({ connectedDaysAgo: 9, sent: 1 }))).not.toEqual([]);
  });

  it('is fine to a contact of long standing', () => {
    expect(evidenceOf(rule, text, ctx(established))).toEqual([]);
  });

  it('"our call last week" claims a past, it names nothing of the writer\'s', () => {
    expect(evidenceOf(rule, 'Hi Ben, following our call last week: do you have 15 minutes on Thursday for a quick call?', ctx({ connectedDaysAgo: 9, sent: 1, received: 1 }))).toEqual([]);
  });
});
