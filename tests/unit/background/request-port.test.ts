import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import { handleRequestPort, type RequestPortLike } from '../../../src/background/request-port';
import type { MessageSender } from '../../../src/background/sender';
import type { Response } from '../../../src/shared/protocol';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

/** A port from `sender`; `post` delivers a message and waits until the worker has answered or dropped it. */
function portFrom(sender: MessageSender) {
  const answers: { seq: number; response: Response }[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const port: RequestPortLike = {
    sender,
    postMessage: (answer) => answers.push(answer),
    onMessage: { addListener: (listener) => { deliver = listener; } },
  };
  handleRequestPort(port, deps);
  const post = async (message: unknown): Promise<void> => {
    deliver(message);
    // handleMessage is async: let it finish (a fake-indexeddb write takes a few macrotasks).
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { answers, post };
}

describe('requests over a port', () => {
  it('handles a request like a runtime message and answers it with its sequence number', async () => {
    await handleMessage({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } }, FROM_POPUP, deps);
    const { answers, post } = portFrom(FROM_POPUP);
    await post({ seq: 7, request: { type: 'contact.update', contactId: 'ada', patch: { notes: 'met at the meetup' } } });
    expect(answers).toEqual([{ seq: 7, response: { ok: true, data: expect.anything() } }]);
    const got = await handleMessage({ type: 'contact.get', contactId: 'ada' }, FROM_POPUP, deps);
    expect(got.ok && 'contact' in got.data ? got.data.contact.notes : null).toBe('met at the meetup');
  });

  it('holds a port from a LinkedIn page to what a content script may send', async () => {
    await handleMessage({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } }, FROM_POPUP, deps);
    const { answers, post } = portFrom(FROM_LINKEDIN);
    await post({ seq: 1, request: { type: 'contact.update', contactId: 'ada', patch: { notes: 'erased' } } });
    expect(answers[0]?.response).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const got = await handleMessage({ type: 'contact.get', contactId: 'ada' }, FROM_POPUP, deps);
    expect(got.ok && 'contact' in got.data ? got.data.contact.notes : null).toBe('');
  });

  it('drops a message without a whole-number sequence, and validates the request inside', async () => {
    const { answers, post } = portFrom(FROM_POPUP);
    await post({ request: { type: 'stats.month' } });
    await post({ seq: 1.5, request: { type: 'stats.month' } });
    await post('stats.month');
    expect(answers).toEqual([]);
    await post({ seq: 2, request: { type: 'contact.update', contactId: '../x', patch: {} } });
    expect(answers).toHaveLength(1);
    expect(answers[0]?.response.ok).toBe(false);
  });

  it('answers every whole sequence number from 0 to the largest safe integer, and drops the rest with a log line', async () => {
    const { answers, post } = portFrom(FROM_POPUP);
    for (const seq of [0, Number.MAX_SAFE_INTEGER]) await post({ seq, request: { type: 'settings.get' } });
    expect(answers.map((a) => a.seq)).toEqual([0, Number.MAX_SAFE_INTEGER]);
    for (const seq of [-1, 2 ** 53, '3']) await post({ seq, request: { type: 'settings.get' } });
    expect(answers).toHaveLength(2);
    expect(deps.logs.filter((l) => l === 'dropped a request-port message without a sequence number')).toHaveLength(3);
  });

  it('survives messages that are not objects at all', async () => {
    const { answers, post } = portFrom(FROM_POPUP);
    await post(null);
    await post(undefined);
    await post(42);
    expect(answers).toEqual([]);
    expect(deps.logs).toHaveLength(3);
  });
});
