import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../../src/shared/settings';
import { addPromises } from '../../../src/storage/promises';
import { FROM_LINKEDIN, fakeDeps, type TestDeps } from './fake-deps';
import { ask, data } from './ask';

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

describe('promises.list', () => {
  it('lists a promise whose person is no longer stored with an empty name', async () => {
    await addPromises(await deps.db(), 'no-such-person', 1, [{ text: 'I will send you the deck', due: '2026-11-20', dated: true }], deps.clock.now);
    const { promises } = await data(deps, { type: 'promises.list', contactId: 'no-such-person' });
    expect(promises.map((p) => [p.contactName, p.snippet])).toEqual([['', 'I will send you the deck']]);
  });
});
