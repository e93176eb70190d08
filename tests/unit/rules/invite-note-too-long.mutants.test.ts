import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/invite-note-too-long';
import { input } from './rule-input';

const note = { surface: 'invite-note' as const };
const isName = (folded: string): boolean => folded === 'name';

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

describe('invite-note-too-long: a template with open slots', () => {
  it('is too long only if even without its slots it would not fit the premium limit', () => {
    const slot = '[name]';
    // 300 characters besides the slot fit; 301 do not.
    expect(check(input(`x${slot}${'x'.repeat(299)}`, note, {}, isName))).toEqual([]);
    expect(check(input(`x${slot}${'x'.repeat(300)}`, note, {}, isName))).toHaveLength(1);
    expect(check(input(`${slot}${slot}${'x'.repeat(300)}`, note, {}, isName))).toEqual([]);
    expect(check(input(`${slot}${slot}${'x'.repeat(301)}`, note, {}, isName))).toHaveLength(1);
  });

  it('with no open slot, is measured as it stands', () => {
    expect(check(input(`[note]${'x'.repeat(250)}`, note, {}, isName))).toHaveLength(1);
  });
});
