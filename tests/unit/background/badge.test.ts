import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

// Tuesday 1 December 2026, 10:00 UTC.
const TUESDAY = Date.UTC(2026, 11, 1, 10);
const DAY = 86_400_000;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps(TUESDAY);
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

const last = (): unknown => deps.badges[deps.badges.length - 1];

describe('the toolbar badge: findings, else overdue promises, else contacts due', () => {
  beforeEach(async () => {
    for (const [id, name] of [['ana-popescu', 'Ana Popescu'], ['bob-berg', 'Bob Berg']] as const) {
      await data({ type: 'contact.seen', contact: { id, name } }, FROM_LINKEDIN);
      await data({ type: 'interaction.record', contactId: id, kind: 'sent', surface: 'message', text: `Hi ${name}, good to meet you.`, at: TUESDAY - 40 * DAY }, FROM_LINKEDIN);
    }
  });

  it('with nothing due it is empty (count 0)', async () => {
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 0, kind: 'cadence' });
  });

  it('counts contacts due on their cadence when there is no finding and no overdue promise', async () => {
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m' } });
    await data({ type: 'contact.update', contactId: 'bob-berg', patch: { cadence: '3m' } });
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
  });

  it('an overdue promise goes before contacts due, and findings before both', async () => {
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m' } });
    await data({ type: 'interaction.record', contactId: 'bob-berg', kind: 'sent', surface: 'message', text: "I'll send you the deck tomorrow.", at: TUESDAY - 3 * DAY }, FROM_LINKEDIN);
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'overdue' });
    await data({ type: 'badge.set', count: 2 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 2, kind: 'findings' });
  });

  it('closing the overdue promise and asking again shows the contacts due instead', async () => {
    await data({ type: 'contact.update', contactId: 'ana-popescu', patch: { cadence: '1m' } });
    await data({ type: 'interaction.record', contactId: 'bob-berg', kind: 'sent', surface: 'message', text: "I'll send you the deck tomorrow.", at: TUESDAY - 3 * DAY }, FROM_LINKEDIN);
    const [promise] = (await data({ type: 'promises.list', contactId: 'bob-berg' })).promises;
    await data({ type: 'promise.close', id: promise?.id ?? 0, outcome: 'not-needed' });
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'cadence' });
  });

  it('a promise due today becomes overdue when the day turns (UTC, as due days are stored)', async () => {
    await data({ type: 'interaction.record', contactId: 'bob-berg', kind: 'sent', surface: 'message', text: "I'll call you today.", at: TUESDAY }, FROM_LINKEDIN);
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 0, kind: 'cadence' });
    deps.clock.now = Date.UTC(2026, 11, 2, 0, 0, 1);
    await data({ type: 'badge.set', count: 0 }, FROM_LINKEDIN);
    expect(last()).toEqual({ tabId: 7, count: 1, kind: 'overdue' });
  });
});
