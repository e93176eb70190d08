import { describe, expect, it } from 'vitest';
import { isYoung } from '../../../src/rules/relationship';
import { ctx, findingsOf } from './context';

describe('a young relationship', () => {
  it('no connection is young even when no days and no replies are asked for', () => {
    expect(isYoung(ctx({ connectedDaysAgo: null, received: 5 }), 0, 0)).toBe(true);
    expect(isYoung(ctx({ connectedDaysAgo: 0, received: 5 }), 0, 0)).toBe(false);
  });
});

describe('assumed-closeness with a cold contact', () => {
  it('an invite note contradicts the claim even to a connection that replied', () => {
    const warm = { connectedDaysAgo: 400, sent: 9, received: 9 };
    expect(findingsOf('assumed-closeness', 'As we discussed, here is the deck.', ctx(warm))).toEqual([]);
    expect(findingsOf('assumed-closeness', 'As we discussed, here is the deck.', ctx({ ...warm, surface: 'invite-note' }))).toHaveLength(1);
  });
});
