import { describe, expect, it } from 'vitest';
import { draftContext, type DraftSituation } from '../../../src/content/draft-context';
import { defaultAppSettings } from '../../../src/shared/settings';
import type { StoredContext } from '../../../src/shared/protocol';

const settings = defaultAppSettings();
const stored: StoredContext = {
  connectedDaysAgo: 400, sent: 3, received: 5, gave: 1, asked: 0, consentToMailing: true,
  recentSent: ['hello'], noPitches: true, awayUntil: '2026-12-24', otherChannel: 'email me',
};

function situation(over: Partial<DraftSituation> & { limit?: number | null; surface?: 'message' | 'invite-note' | 'inmail' } = {}): DraftSituation {
  const { limit = null, surface = 'message', ...rest } = over;
  return {
    composer: { surface, maxLength: () => limit },
    recipient: { id: 'mara-lind-1c2d', name: 'Mara Lind', degree: 1 },
    stored: null,
    visible: { in: 0, out: 0 },
    ...rest,
  };
}

describe('draftContext: the relationship a draft is judged against', () => {
  it('takes the store\'s history as it is', () => {
    expect(draftContext(situation({ stored }), settings)).toEqual({
      surface: 'message', connectedDaysAgo: 400, sent: 3, received: 5, gave: 1, asked: 0, consentToMailing: true,
      recipientName: 'Mara Lind', account: settings.account, recentSent: ['hello'], noPitches: true,
      awayUntil: '2026-12-24', otherChannel: 'email me',
    });
  });

  it('raises the counts to what the thread on screen shows, never lowers them', () => {
    const more = draftContext(situation({ stored, visible: { in: 9, out: 1 } }), settings);
    expect([more.received, more.sent]).toEqual([9, 3]);
    const none = draftContext(situation({ visible: { in: 2, out: 4 } }), settings);
    expect([none.received, none.sent]).toEqual([2, 4]);
  });

  it('a first-degree badge with no history means connected today; anyone else is not connected', () => {
    expect(draftContext(situation(), settings).connectedDaysAgo).toBe(0);
    expect(draftContext(situation({ recipient: { id: 'x', name: 'X', degree: 2 } }), settings).connectedDaysAgo).toBeNull();
    expect(draftContext(situation({ recipient: null }), settings)).toMatchObject({ connectedDaysAgo: null, recipientName: null });
  });

  it('an invite note is to someone not connected, whatever the store says', () => {
    expect(draftContext(situation({ stored, surface: 'invite-note', limit: 200 }), settings).connectedDaysAgo).toBeNull();
  });

  it('the dialog\'s own limit tells the account; without one the settings do', () => {
    expect(draftContext(situation({ limit: 300 }), { ...settings, account: 'free' }).account).toBe('premium');
    expect(draftContext(situation({ limit: 200 }), { ...settings, account: 'premium' }).account).toBe('free');
    expect(draftContext(situation(), { ...settings, account: 'premium' }).account).toBe('premium');
  });

  it('knows nothing it was not told: no consent, no gives, no boundaries', () => {
    expect(draftContext(situation(), settings)).toMatchObject({
      gave: 0, asked: 0, consentToMailing: null, recentSent: [], noPitches: false, awayUntil: null, otherChannel: null,
    });
  });
});
