import { describe, expect, it } from 'vitest';
import { check, stillAway } from '../../../src/rules/boundary';
import { input } from './rule-input';

const draft = '  Hi Noor, are you still hosting the meetup?\n';
const span = { start: 2, end: draft.trimEnd().length };

describe('boundary: its evidence', () => {
  it('away only: the date, and no variant', () => {
    expect(check(input(draft, { awayUntil: '2027-01-10' }))).toEqual([{ ...span, params: { date: '2027-01-10' } }]);
    expect(check(input(draft, { awayUntil: '2027-01-10', otherChannel: '  ' }))).toEqual([{ ...span, params: { date: '2027-01-10' } }]);
  });

  it('another channel only: the channel variant with the trimmed note', () => {
    expect(check(input(draft, { otherChannel: ' email ' }))).toEqual([{ ...span, variant: 'channel', params: { channel: 'email' } }]);
    expect(check(input(draft, { awayUntil: '', otherChannel: 'email' }))).toEqual([{ ...span, variant: 'channel', params: { channel: 'email' } }]);
    expect(check(input(draft, { awayUntil: null, otherChannel: 'email' }))).toEqual([{ ...span, variant: 'channel', params: { channel: 'email' } }]);
  });

  it('both: one piece of evidence naming both', () => {
    expect(check(input(draft, { awayUntil: '2027-01-10', otherChannel: 'email' })))
      .toEqual([{ ...span, variant: 'both', params: { date: '2027-01-10', channel: 'email' } }]);
  });

  it('nothing without a boundary, and nothing for an empty or blank draft', () => {
    expect(check(input(draft))).toEqual([]);
    expect(check(input(draft, { awayUntil: '', otherChannel: '' }))).toEqual([]);
    expect(check(input('', { awayUntil: '2027-01-10' }))).toEqual([]);
    expect(check(input(' \n', { otherChannel: 'email' }))).toEqual([]);
  });

  it('one character is a draft', () => {
    expect(check(input('?', { otherChannel: 'email' }))).toEqual([{ start: 0, end: 1, variant: 'channel', params: { channel: 'email' } }]);
  });
});

describe('stillAway', () => {
  it('an empty date is not a date', () => {
    expect(stillAway('', Date.parse('2026-12-01T09:00:00Z'))).toBe(false);
  });
});
