import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

// Tuesday 1 December 2026.
const NOW = Date.UTC(2026, 11, 1, 10);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(async () => {
  deps = fakeDeps(NOW);
  await data({ type: 'contact.seen', contact: { id: 'ines-vidal', name: 'Inés Vidal' } }, FROM_LINKEDIN);
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

const context = () => data({ type: 'context.get', contactId: 'ines-vidal' }, FROM_LINKEDIN);

describe('boundaries a contact set: stored with them, handed to the coach', () => {
  it('none by default', async () => {
    expect((await data({ type: 'contact.get', contactId: 'ines-vidal' })).contact.boundaries).toEqual({ noPitches: false, awayUntil: null, otherChannel: null });
    expect(await context()).toMatchObject({ noPitches: false, awayUntil: null, otherChannel: null });
  });

  it('each boundary is set on its own and the coach\'s context carries it', async () => {
    await data({ type: 'contact.update', contactId: 'ines-vidal', patch: { boundaries: { noPitches: true } } });
    await data({ type: 'contact.update', contactId: 'ines-vidal', patch: { boundaries: { otherChannel: 'email only' } } });
    expect((await data({ type: 'contact.get', contactId: 'ines-vidal' })).contact.boundaries).toEqual({ noPitches: true, awayUntil: null, otherChannel: 'email only' });
    expect(await context()).toMatchObject({ noPitches: true, otherChannel: 'email only' });
  });

  it('"away until" reaches the coach only until that day has passed', async () => {
    await data({ type: 'contact.update', contactId: 'ines-vidal', patch: { boundaries: { awayUntil: '2026-12-03' } } });
    expect((await context()).awayUntil).toBe('2026-12-03');
    deps.clock.now = NOW + 2 * DAY;
    expect((await context()).awayUntil).toBe('2026-12-03');
    deps.clock.now = NOW + 3 * DAY;
    expect((await context()).awayUntil).toBeNull();
  });

  it('a malformed day or an over-long note is refused and changes nothing', async () => {
    for (const boundaries of [{ awayUntil: 'next week' }, { otherChannel: 'x'.repeat(201) }]) {
      expect(await handleMessage({ type: 'contact.update', contactId: 'ines-vidal', patch: { boundaries } }, FROM_POPUP, deps)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect((await data({ type: 'contact.get', contactId: 'ines-vidal' })).contact.boundaries).toEqual({ noPitches: false, awayUntil: null, otherChannel: null });
  });

  it('boundaries survive an export and import', async () => {
    await data({ type: 'contact.update', contactId: 'ines-vidal', patch: { boundaries: { noPitches: true, awayUntil: '2027-01-10', otherChannel: 'WhatsApp' } } });
    const { json } = await data({ type: 'data.export' });
    await data({ type: 'data.deleteAll' });
    await data({ type: 'data.import', json });
    expect((await data({ type: 'contact.get', contactId: 'ines-vidal' })).contact.boundaries).toEqual({ noPitches: true, awayUntil: '2027-01-10', otherChannel: 'WhatsApp' });
  });
});
