import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx, evidenceOf, findingsOf } from './context';

const rule = 'invite-note-too-long';
const note = ctx({ surface: 'invite-note', connectedDaysAgo: null });

describe(rule, () => {
  it('200 characters fit a free invite note, 201 do not', () => {
    expect(findingsOf(rule, 'a'.repeat(200), note)).toEqual([]);
    const [finding] = findingsOf(rule, 'a'.repeat(201), note);
    expect(finding).toMatchObject({ start: 200, end: 201, severity: 'error' });
    expect(finding?.message).toContain('200');
  });

  it('a premium account gets 300 characters', () => {
    expect(findingsOf(rule, 'a'.repeat(300), { ...note, account: 'premium' })).toEqual([]);
    expect(findingsOf(rule, 'a'.repeat(301), { ...note, account: 'premium' })[0]?.message).toContain('300');
  });

  it('a long message is not an invite note', () => {
    expect(findingsOf(rule, 'a'.repeat(2000), ctx())).toEqual([]);
  });

  it('never starts the evidence inside a surrogate pair', () => {
    const text = `${'a'.repeat(199)}😀😀`;
    expect(findingsOf(rule, text, note)[0]?.start).toBe(199);
  });
});

describe('invite-note-too-long on a template', () => {
  const invite = { surface: 'invite-note' as const, connectedDaysAgo: null };

  it('a note with open slots is judged as it stands: over the limit is too long', () => {
    expect(findingsOf('invite-note-too-long', `Hi [Name], ${'x'.repeat(230)}`, ctx(invite))).toMatchObject([{ start: 200, end: 241 }]);
    expect(evidenceOf('invite-note-too-long', `Hi [Name], ${'x'.repeat(189)}`, ctx(invite))).toEqual([]);
    expect(evidenceOf('invite-note-too-long', `Hi Ana, ${'x'.repeat(230)}`, ctx(invite))).toHaveLength(1);
  });
});

describe(`${rule}: limits from the settings`, () => {
  it('freeLimit and premiumLimit are settings', () => {
    const settings = defaultSettings();
    settings.rules[rule].thresholds.freeLimit = 250;
    settings.rules[rule].thresholds.premiumLimit = 400;
    expect(findingsOf(rule, 'a'.repeat(250), note, settings)).toEqual([]);
    expect(findingsOf(rule, 'a'.repeat(251), note, settings)[0]).toMatchObject({ start: 250, end: 251 });
    expect(findingsOf(rule, 'a'.repeat(400), { ...note, account: 'premium' }, settings)).toEqual([]);
    expect(findingsOf(rule, 'a'.repeat(401), { ...note, account: 'premium' }, settings)[0]?.message).toContain('400');
  });

  it('a whole character at the limit starts the evidence there; only a low surrogate steps back', () => {
    // The 201st unit is a high surrogate (the start of an emoji): the cut falls between characters.
    expect(findingsOf(rule, `${'a'.repeat(200)}😀`, note)[0]?.start).toBe(200);
    // U+E000 is just past the low-surrogate range.
    expect(findingsOf(rule, `${'a'.repeat(200)}\ue000`, note)[0]?.start).toBe(200);
  });
});
