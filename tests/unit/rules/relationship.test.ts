import { describe, expect, it } from 'vitest';
import { isFirstContact, isYoung } from '../../../src/rules/relationship';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx, evidenceOf } from './context';

const pitch = 'We help agencies grow.';

describe('a young relationship (isYoung)', () => {
  it('connected fewer than youngDays days ago is young; youngDays or more is not', () => {
    const talked = { received: 5, sent: 5 };
    expect(isYoung(ctx({ ...talked, connectedDaysAgo: 29 }), 30, 2)).toBe(true);
    expect(isYoung(ctx({ ...talked, connectedDaysAgo: 30 }), 30, 2)).toBe(false);
    expect(isYoung(ctx({ ...talked, connectedDaysAgo: 45 }), 60, 2)).toBe(true);
  });

  it('fewer than repliesNeeded replies is young; exactly repliesNeeded is enough', () => {
    const longAgo = { connectedDaysAgo: 400 };
    expect(isYoung(ctx({ ...longAgo, received: 1 }), 30, 2)).toBe(true);
    expect(isYoung(ctx({ ...longAgo, received: 2 }), 30, 2)).toBe(false);
    expect(isYoung(ctx({ ...longAgo, received: 0 }), 30, 0)).toBe(false);
  });

  it('an invite note or no connection is young whatever the history', () => {
    const history = { connectedDaysAgo: 400, sent: 30, received: 30 };
    expect(isYoung(ctx({ ...history, surface: 'invite-note' }), 30, 2)).toBe(true);
    expect(isYoung(ctx({ ...history, connectedDaysAgo: null }), 30, 2)).toBe(true);
  });

  it('early-pitch reads youngDays from its settings: 60 days makes a 45-day connection young', () => {
    const settings = defaultSettings();
    const context = ctx({ connectedDaysAgo: 45, sent: 6, received: 5 });
    expect(evidenceOf('early-pitch', pitch, context, settings)).toEqual([]);
    settings.rules['early-pitch'].thresholds.youngDays = 60;
    expect(evidenceOf('early-pitch', pitch, context, settings)).toEqual(['We help']);
  });

  it('early-pitch: the second reply (repliesNeeded = 2) ends the young phase', () => {
    expect(evidenceOf('early-pitch', pitch, ctx({ connectedDaysAgo: 400, sent: 3, received: 2 }))).toEqual([]);
  });
});

describe('a first contact (isFirstContact)', () => {
  it('nothing exchanged yet is a first contact', () => {
    expect(isFirstContact(ctx({ sent: 0, received: 0 }))).toBe(true);
  });

  it('a follow-up to a message you sent is not a first contact, even with no reply yet', () => {
    expect(isFirstContact(ctx({ sent: 1, received: 0 }))).toBe(false);
    expect(evidenceOf('link-in-first-contact', 'The deck I mentioned: https://acme.io/deck', ctx({ sent: 1 }))).toEqual([]);
  });

  it('replying to someone who wrote first is not a first contact', () => {
    expect(isFirstContact(ctx({ sent: 0, received: 1 }))).toBe(false);
  });

  it('an invite note is a first contact whatever the history', () => {
    expect(isFirstContact(ctx({ surface: 'invite-note', sent: 4, received: 3 }))).toBe(true);
  });
});
