import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData, ResponseOf } from '../../../src/shared/protocol';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { ask as askAs, data as dataAs } from './ask';

// Tuesday 1 December 2026, 10:00 UTC.
const TUESDAY = Date.UTC(2026, 11, 1, 10);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(TUESDAY);
});
afterEach(() => deps.provider.close());

const ask = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseOf<T>> => askAs<T>(deps, req, sender);

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

async function sendMessage(contactId: string, text: string, at = deps.clock.now, kind: 'sent' | 'received' = 'sent'): Promise<void> {
  await data({ type: 'interaction.record', contactId, kind, surface: 'message', text, at }, FROM_LINKEDIN);
}

describe('promises: found on send, stored with the interaction', () => {
  beforeEach(async () => {
    await data({ type: 'contact.seen', contact: { id: 'dana-prost', name: 'Dana Prost' } }, FROM_LINKEDIN);
  });

  it('a sent promise becomes an open promise of that person, due on the named day', async () => {
    await sendMessage('dana-prost', "Lovely to meet you! I'll send you the report on Friday.");
    const { promises, today } = await data({ type: 'promises.list', contactId: 'dana-prost' });
    expect(today).toBe('2026-12-01');
    expect(promises).toEqual([{
      id: 1, contactId: 'dana-prost', contactName: 'Dana Prost', snippet: "I'll send you the report on Friday",
      due: '2026-12-04', dated: true, status: 'open', madeAt: TUESDAY,
    }]);
  });

  it('a promise with no date is due three days after it was sent', async () => {
    await sendMessage('dana-prost', "I'll introduce you to Sam.", TUESDAY - DAY);
    const [promise] = (await data({ type: 'promises.list', contactId: 'dana-prost' })).promises;
    expect(promise).toMatchObject({ due: '2026-12-03', dated: false, madeAt: TUESDAY - DAY });
  });

  it('the due date is resolved against the send time, not the time it was recorded', async () => {
    await sendMessage('dana-prost', 'Ik stuur je morgen het artikel.', Date.UTC(2026, 10, 20, 9));
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises[0]?.due).toBe('2026-11-21');
  });

  it('received messages, asks and the same message seen twice make no (second) promise', async () => {
    await sendMessage('dana-prost', "I'll send you my notes tomorrow.", TUESDAY, 'received');
    await sendMessage('dana-prost', 'Could you send me the report by Friday?');
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises).toHaveLength(1);
  });

  it('with nobody on screen: everyone\'s due and overdue promises, the most overdue first; not the later ones', async () => {
    await data({ type: 'contact.seen', contact: { id: 'sam-ode', name: 'Sam Ode' } }, FROM_LINKEDIN);
    await sendMessage('dana-prost', "I'll send the deck tomorrow.", TUESDAY - 3 * DAY); // due 2026-11-29: overdue
    await sendMessage('sam-ode', "I'll call you today.", TUESDAY); // due today
    await sendMessage('sam-ode', "I'll send it next week."); // due 2026-12-11: not yet
    const { promises } = await data({ type: 'promises.list' });
    expect(promises.map((p) => [p.contactName, p.due])).toEqual([['Dana Prost', '2026-11-29'], ['Sam Ode', '2026-12-01']]);
  });

  it('"done" keeps the promise: it closes and records a give, which the balance counts', async () => {
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    const before = await data({ type: 'contact.get', contactId: 'dana-prost' });
    expect(before.balance.gave).toBe(0);
    deps.clock.now = TUESDAY + 2 * DAY;
    const { promise } = await data({ type: 'promise.close', id: 1, outcome: 'done' });
    expect(promise).toMatchObject({ id: 1, status: 'done' });
    const after = await data({ type: 'contact.get', contactId: 'dana-prost' });
    expect(after.balance.gave).toBe(1);
    expect(after.interactions[0]).toMatchObject({ kind: 'gave', surface: 'popup', at: TUESDAY + 2 * DAY });
    expect(after.contact.lastInteractionAt).toBe(TUESDAY + 2 * DAY);
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises).toEqual([]);
    // Closing it again records nothing more.
    await data({ type: 'promise.close', id: 1, outcome: 'done' });
    expect((await data({ type: 'contact.get', contactId: 'dana-prost' })).balance.gave).toBe(1);
  });

  it('"not needed" closes it without a give', async () => {
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    expect((await data({ type: 'promise.close', id: 1, outcome: 'not-needed' })).promise.status).toBe('not-needed');
    expect((await data({ type: 'contact.get', contactId: 'dana-prost' })).balance.gave).toBe(0);
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises).toEqual([]);
  });

  it('an unknown promise is not_found, and only Rapport\'s own pages may list or close promises', async () => {
    expect(await ask({ type: 'promise.close', id: 99, outcome: 'done' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await ask({ type: 'promises.list' }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await ask({ type: 'promise.close', id: 1, outcome: 'done' }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await handleMessage({ type: 'promise.close', id: 1, outcome: 'kept' }, FROM_POPUP, deps)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('the badge shows overdue promises when the draft has no finding, and findings when it has', async () => {
    await sendMessage('dana-prost', "I'll send the deck tomorrow.", TUESDAY - 3 * DAY);
    await sendMessage('dana-prost', "I'll call you today.");
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    await data({ type: 'badge.set', count: 2 }, FROM_LINKEDIN);
    expect(deps.badges).toEqual([{ tabId: 7, count: 1, kind: 'overdue' }, { tabId: 7, count: 2, kind: 'findings' }]);
  });

  it('promises and invitations survive an export and import; a promise pointing nowhere makes the file invalid', async () => {
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    await data({ type: 'invitation.record', contactId: 'dana-prost' }, FROM_LINKEDIN);
    const { json } = await data({ type: 'data.export' });
    await data({ type: 'data.deleteAll' });
    expect(await data({ type: 'data.import', json })).toMatchObject({ summary: { contacts: 1, interactions: 1 } });
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises.map((p) => [p.snippet, p.due])).toEqual([["I'll send you the report on Friday", '2026-12-04']]);
    expect((await data({ type: 'invitations.week' })).count).toBe(1);

    const broken = json.replace('"interactionId":1', '"interactionId":99');
    expect(await ask({ type: 'data.import', json: broken })).toMatchObject({ ok: false, error: { code: 'invalid_import', path: '$.promises[0].interactionId' } });
  });

  it('deleting all data deletes the promises too', async () => {
    await sendMessage('dana-prost', "I'll send you the report on Friday.");
    await data({ type: 'data.deleteAll' });
    expect((await data({ type: 'promises.list', contactId: 'dana-prost' })).promises).toEqual([]);
    expect(await (await deps.db()).count('promises')).toBe(0);
  });
});
