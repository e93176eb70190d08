import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

const T0 = Date.UTC(2026, 0, 10, 12);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(T0);
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

const dueNames = async (): Promise<string[]> => (await data({ type: 'contacts.keepInTouch' })).due.map((d) => d.contact.name);

describe('keep in touch: due on the user\'s cadence, reset by any touch', () => {
  beforeEach(async () => {
    for (const [id, name] of [['ana-popescu', 'Ana Popescu'], ['bob-berg', 'Bob Berg']] as const) {
      await data({ type: 'contact.seen', contact: { id, name } }, FROM_LINKEDIN);
      await data({ type: 'interaction.record', contactId: id, kind: 'sent', text: `Hi ${name}`, at: T0 }, FROM_LINKEDIN);
    }
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m', wants: ['design mentor'] } });
  });

  it('a monthly contact is due after a month of silence, with a give-first topic and the last thing that happened', async () => {
    deps.clock.now = T0 + 29 * DAY;
    expect(await dueNames()).toEqual([]);
    deps.clock.now = T0 + 31 * DAY;
    const { due, scheduled } = await data({ type: 'contacts.keepInTouch' });
    expect(scheduled).toBe(1);
    expect(due).toEqual([{
      contact: expect.objectContaining({ id: 'ana-popescu', name: 'Ana Popescu' }) as unknown,
      every: '1m', dueAt: T0 + 30 * DAY, want: 'design mentor',
      last: expect.objectContaining({ kind: 'sent', snippet: 'Hi Ana Popescu', at: T0 }) as unknown,
    }]);
  });

  it.each([
    ['a logged give', { kind: 'gave' as const, text: 'sent an article' }],
    ['a message received', { kind: 'received' as const, text: 'Hello again' }],
    ['a note', { kind: 'note' as const, text: 'met at the meetup' }],
  ])('%s resets it', async (_what, touch) => {
    deps.clock.now = T0 + 31 * DAY;
    expect(await dueNames()).toEqual(['Ana Popescu']);
    await data({ type: 'interaction.record', contactId: 'ana-popescu', ...touch });
    expect(await dueNames()).toEqual([]);
    deps.clock.now = T0 + 62 * DAY;
    expect(await dueNames()).toEqual(['Ana Popescu']);
  });

  it('an introduction and a kept promise reset it too', async () => {
    await data({ type: 'contact.update', contactId: 'bob-berg', patch: { cadence: '2w' } });
    await data({ type: 'interaction.record', contactId: 'bob-berg', kind: 'sent', text: "I'll send you the report tomorrow.", at: T0 }, FROM_LINKEDIN);
    deps.clock.now = T0 + 31 * DAY;
    expect(await dueNames()).toEqual(['Bob Berg', 'Ana Popescu']);
    await data({ type: 'contact.seen', contact: { id: 'carl-ode', name: 'Carl Ode' } }, FROM_LINKEDIN);
    await data({ type: 'intro.record', a: 'ana-popescu', b: 'carl-ode' });
    const [promise] = (await data({ type: 'promises.list', contactId: 'bob-berg' })).promises;
    await data({ type: 'promise.close', id: promise?.id ?? 0, outcome: 'done' });
    expect(await dueNames()).toEqual([]);
  });

  it('the longest overdue comes first', async () => {
    await data({ type: 'contact.update', contactId: 'bob-berg', patch: { cadence: '2w' } });
    deps.clock.now = T0 + 40 * DAY;
    expect(await dueNames()).toEqual(['Bob Berg', 'Ana Popescu']);
  });

  it('no cadence, no reminder: clearing it takes the contact off the list, and choosing the same cadence keeps its start', async () => {
    const set = (await data({ type: 'contact.get', contactId: 'ana-popescu' })).contact.cadence;
    expect(set).toEqual({ every: '1m', since: T0 });
    deps.clock.now = T0 + 5 * DAY;
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m' } });
    expect((await data({ type: 'contact.get', contactId: 'ana-popescu' })).contact.cadence).toEqual({ every: '1m', since: T0 });
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: null } });
    deps.clock.now = T0 + 100 * DAY;
    expect(await data({ type: 'contacts.keepInTouch' })).toEqual({ due: [], scheduled: 0 });
  });

  it('"worth reconnecting" is for contacts without a cadence', async () => {
    for (const id of ['ana-popescu', 'bob-berg']) await data({ type: 'interaction.record', contactId: id, kind: 'received', text: 'Thanks!', at: T0 + DAY }, FROM_LINKEDIN);
    deps.clock.now = T0 + 120 * DAY;
    expect((await data({ type: 'contacts.reconnect' })).contacts.map((c) => c.name)).toEqual(['Bob Berg']);
    expect(await dueNames()).toEqual(['Ana Popescu']);
  });

  it('the cadence survives an export and import', async () => {
    const { json } = await data({ type: 'data.export' });
    await data({ type: 'data.deleteAll' });
    await data({ type: 'data.import', json });
    expect((await data({ type: 'contact.get', contactId: 'ana-popescu' })).contact.cadence).toEqual({ every: '1m', since: T0 });
  });

  it('an unknown cadence is refused', async () => {
    const res = await handleMessage({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: 'weekly' } }, FROM_POPUP, deps);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
