import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { EXTENSION_ID, FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const seen = { type: 'contact.seen', contact: { id: 'ada-moss', name: 'Ada Moss' } };

/** The answer's error and the one log line it left. */
async function refusal(message: unknown, sender: Parameters<typeof handleMessage>[1]) {
  const before = deps.logs.length;
  const res = await handleMessage(message, sender, deps);
  if (res.ok) throw new Error('accepted');
  expect(deps.logs.length).toBe(before + 1);
  return { error: res.error, log: deps.logs.at(-1) ?? '' };
}

describe('a refusal says why, in the answer and in the log', () => {
  it('another extension is told it is one', async () => {
    const { error, log } = await refusal(seen, { id: 'otherextensionidotherextensionid', url: 'https://www.linkedin.com/feed/', tab: { id: 2 } });
    expect(error).toEqual({ code: 'forbidden_sender', message: 'sender is another extension or app' });
    expect(log).toBe('dropped contact.seen: sender is another extension or app');
  });

  it('a page of the wrong origin is named by its origin, not its path', async () => {
    const { error, log } = await refusal(seen, { id: EXTENSION_ID, url: 'https://lms.linkedin.com/course/42?x=1', tab: { id: 2 } });
    expect(error.message).toBe('sender document origin https://lms.linkedin.com is neither Rapport nor https://www.linkedin.com');
    expect(log).toBe(`dropped contact.seen: ${error.message}`);
    expect((await refusal({ type: 'no.such.type' }, { id: EXTENSION_ID })).log).toBe('dropped unknown-type: sender document origin (none) is neither Rapport nor https://www.linkedin.com');
  });

  it('an invalid request and a request this sender may not make are logged by type and reason', async () => {
    const invalid = await refusal({ type: 'contact.seen', contact: { id: '../x', name: 'X' } }, FROM_LINKEDIN);
    expect(invalid.error.code).toBe('invalid_request');
    expect(invalid.log).toBe(`dropped contact.seen: ${invalid.error.message}`);
    const forbidden = await refusal({ type: 'data.export' }, FROM_LINKEDIN);
    expect(forbidden.error.code).toBe('forbidden_sender');
    expect(forbidden.log).toBe(`dropped data.export: ${forbidden.error.message}`);
  });

  it('a failing handler is logged by type and code; the answer says nothing was changed', async () => {
    deps.db = async () => {
      throw new TypeError('boom');
    };
    const { error, log } = await refusal({ type: 'stats.month' }, FROM_POPUP);
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/nothing was changed/u);
    expect(log).toBe('stats.month failed: internal');
  });
});

describe('badge.set', () => {
  it('needs a tab: a LinkedIn frame outside any tab is refused', async () => {
    const { error } = await refusal({ type: 'badge.set', count: 2 }, { ...FROM_LINKEDIN, tab: {} });
    expect(error.code).toBe('forbidden_sender');
    expect(deps.badges).toEqual([]);
  });
});
