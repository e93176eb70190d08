import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../../src/shared/settings';
import { FROM_LINKEDIN, fakeDeps, type TestDeps } from './fake-deps';
import { ask } from './ask';

// Handler behaviour the mutation run found untested, asked through handleMessage as the extension would.

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

describe('badge.set', () => {
  it('from a LinkedIn document the browser names no tab for is refused, and no badge is drawn', async () => {
    const res = await ask(deps, { type: 'badge.set', count: 3 }, { ...FROM_LINKEDIN, tab: {} });
    expect(res).toEqual({ ok: false, error: { code: 'forbidden_sender', message: 'badge.set needs a LinkedIn tab' } });
    expect(deps.badges).toEqual([]);
  });
});

describe('settings.set', () => {
  it('names the invalid fields one after another, separated by semicolons', async () => {
    const bad = { ...defaultAppSettings(), account: 'gold', zeroFootprint: 'yes' };
    const res = await ask(deps, { type: 'settings.set', settings: bad as never });
    expect(res).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'settings not saved: account: expected "free" or "premium"; zeroFootprint: expected true or false' },
    });
  });
});
