import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FROM_LINKEDIN, FROM_LINKEDIN_IFRAME, fakeDeps, type TestDeps } from './fake-deps';
import { data } from './ask';

// badge.set without a focus time: findings are a draft all the same, no findings are no draft.

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(Date.UTC(2026, 11, 1, 10));
});
afterEach(() => deps.provider.close());

describe('a frame that says no focus time', () => {
  it('with findings keeps the badge, though a frame without a draft speaks after it', async () => {
    await data(deps, { type: 'badge.set', count: 3 }, FROM_LINKEDIN_IFRAME);
    await data(deps, { type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(deps.badges.at(-1)).toEqual({ tabId: 7, count: 3, kind: 'findings' });
  });
});
