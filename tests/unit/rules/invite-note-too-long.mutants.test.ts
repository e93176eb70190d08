import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/invite-note-too-long';
import { input } from './rule-input';

const note = { surface: 'invite-note' as const };

describe('invite-note-too-long: its evidence', () => {
  it('is the part past the limit, with the limit and the length', () => {
    const text = 'x'.repeat(205);
    expect(check(input(text, note))).toEqual([{ start: 200, end: 205, params: { limit: 200, length: 205 } }]);
    expect(check(input('x'.repeat(301), { ...note, account: 'premium' }))).toEqual([{ start: 300, end: 301, params: { limit: 300, length: 301 } }]);
  });

  it('is nothing at exactly the limit, or outside an invite note', () => {
    expect(check(input('x'.repeat(200), note))).toEqual([]);
    expect(check(input('x'.repeat(400), { surface: 'message' }))).toEqual([]);
    expect(check(input('x'.repeat(400), { surface: 'inmail' }))).toEqual([]);
  });

  it('starts on a whole character: a pair cut at the limit starts one unit early, at either end of the low surrogates', () => {
    for (const pair of ['\ud83d\udc00', '\ud83d\udfff']) {
      const text = `${'x'.repeat(199)}${pair}yy`;
      expect(check(input(text, note))[0]?.start, JSON.stringify(pair)).toBe(199);
    }
    expect(check(input(`${'x'.repeat(200)}\ud83d\ude00`, note))[0]?.start).toBe(200);
    expect(check(input(`${'x'.repeat(200)}\ue000\udbff`, note))[0]?.start).toBe(200);
  });
});
