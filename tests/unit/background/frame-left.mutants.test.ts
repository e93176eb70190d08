import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FROM_LINKEDIN_IFRAME, fakeDeps, openRequestPort, type TestDeps } from './fake-deps';

// A frame whose port closes while its draft is on the badge, and the badge cannot be written.

const TUESDAY = Date.UTC(2026, 11, 1, 10);

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(TUESDAY);
});
afterEach(() => deps.provider.close());

describe('a frame that left with the counted draft', () => {
  it('says in the log that the badge was not updated when writing it fails, and nothing of the draft', async () => {
    const { deliver, drop } = openRequestPort(FROM_LINKEDIN_IFRAME, deps);
    deliver({ seq: 1, request: { type: 'badge.set', count: 2, focusedAt: TUESDAY - 5_000 } });
    await expect.poll(() => deps.badges.length).toBe(1);
    deps.setBadge = () => Promise.reject(new Error('the tab is gone'));
    drop();
    await expect.poll(() => deps.logs).toContain('badge not updated after a frame left');
  });
});
