import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { defaultAppSettings, parseAppSettings } from '../../../src/shared/settings';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

const T0 = Date.UTC(2026, 2, 2, 9);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(T0);
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_LINKEDIN): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

const week = async (): Promise<number> => (await data({ type: 'invitations.week' }, FROM_POPUP)).count;

describe('the invitation meter: a rolling 7-day count of invitations sent', () => {
  it('counts invitations with a note (their sent invite note) and without one', async () => {
    await data({ type: 'interaction.record', contactId: 'priya-shah', kind: 'sent', surface: 'invite-note', text: 'Hi Priya, loved your talk on data contracts.' });
    await data({ type: 'invitation.record', contactId: 'sam-ode' });
    await data({ type: 'interaction.record', contactId: 'sam-ode', kind: 'sent', surface: 'message', text: 'A message is no invitation.' });
    expect(await week()).toBe(2);
  });

  it('the same person invited twice within a minute is one invitation', async () => {
    expect(await data({ type: 'invitation.record', contactId: 'sam-ode' })).toEqual({ recorded: true });
    deps.clock.now = T0 + 30_000;
    expect(await data({ type: 'invitation.record', contactId: 'sam-ode' })).toEqual({ recorded: false });
    expect(await week()).toBe(1);
  });

  it('an invitation leaves the count exactly seven days after it was sent', async () => {
    await data({ type: 'invitation.record', contactId: 'a-one', at: T0 });
    await data({ type: 'invitation.record', contactId: 'b-two', at: T0 + 3 * DAY });
    deps.clock.now = T0 + 7 * DAY - 1;
    expect(await week()).toBe(2);
    deps.clock.now = T0 + 7 * DAY;
    expect(await week()).toBe(1);
    deps.clock.now = T0 + 10 * DAY;
    expect(await week()).toBe(0);
  });

  it('reports the user\'s threshold and limit, 80 and 100 by default', async () => {
    expect(await data({ type: 'invitations.week' }, FROM_POPUP)).toEqual({ count: 0, warnAt: 80, limit: 100 });
    await data({ type: 'settings.set', settings: { ...defaultAppSettings(), invitations: { warnAt: 50, limit: 90 } } }, FROM_POPUP);
    expect(await data({ type: 'invitations.week' }, FROM_POPUP)).toEqual({ count: 0, warnAt: 50, limit: 90 });
  });

  it('only a LinkedIn page records an invitation, and never from a bad id', async () => {
    expect(await handleMessage({ type: 'invitation.record', contactId: 'sam-ode' }, FROM_POPUP, deps)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await handleMessage({ type: 'invitation.record', contactId: '../x' }, FROM_LINKEDIN, deps)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await week()).toBe(0);
  });

  it('deleting all data deletes the invitations too', async () => {
    await data({ type: 'invitation.record', contactId: 'sam-ode' });
    await data({ type: 'data.deleteAll' }, FROM_POPUP);
    expect(await week()).toBe(0);
  });
});

describe('invitation meter settings', () => {
  it('takes whole numbers within bounds and a threshold no higher than the limit', () => {
    expect(parseAppSettings({ invitations: { warnAt: 60, limit: 120 } })).toMatchObject({ settings: { invitations: { warnAt: 60, limit: 120 } }, issues: [] });
    const above = parseAppSettings({ invitations: { warnAt: 150, limit: 120 } });
    expect(above.settings.invitations).toEqual({ warnAt: 80, limit: 100 });
    expect(above.issues).toEqual(['invitations.warnAt: must not be above the limit']);
    const junk = parseAppSettings({ invitations: { warnAt: 2.5, limit: 0 } });
    expect(junk.settings.invitations).toEqual({ warnAt: 80, limit: 100 });
    expect(junk.issues).toHaveLength(2);
  });
});
