import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import { ALLOWED_SENDERS, REQUEST_TYPES, type RequestOf, type RequestType } from '../../../src/shared/protocol';
import { defaultAppSettings } from '../../../src/shared/settings';
import { dumpAll } from '../../../src/storage/dump';
import { FROM_LINKEDIN, FROM_LINKEDIN_IFRAME, FROM_POPUP, fakeDeps, openRequestPort, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

/** A port from `sender`; `post` delivers a message and waits until the worker has answered or dropped it. */
function portFrom(sender: MessageSender) {
  const { answers, deliver } = openRequestPort(sender, deps);
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

/** One well-formed request of every type: a refusal below is the allowlist's, never the schema's. */
const SAMPLES: { [T in RequestType]: RequestOf<T> } = {
  'contact.seen': { type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } },
  'context.get': { type: 'context.get', contactId: 'ada' },
  'alias.learn': { type: 'alias.learn', ids: ['ada', 'ACoAAada'] },
  'interaction.record': { type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello', at: 1_700_000_000_000 },
  'contact.get': { type: 'contact.get', contactId: 'ada' },
  'contact.update': { type: 'contact.update', contactId: 'ada', patch: { notes: '', consent: { value: true } } },
  'intro.record': { type: 'intro.record', a: 'ada', b: 'bob' },
  'contacts.search': { type: 'contacts.search', query: 'a' },
  'contacts.introSuggestions': { type: 'contacts.introSuggestions', contactId: 'bob' },
  'contacts.reconnect': { type: 'contacts.reconnect' },
  'contacts.nameMatch': { type: 'contacts.nameMatch', contactId: 'ada' },
  'contacts.join': { type: 'contacts.join', contactId: 'ada', otherId: 'bob' },
  'contacts.undoJoin': { type: 'contacts.undoJoin', contactId: 'ada' },
  'contacts.keepInTouch': { type: 'contacts.keepInTouch' },
  'stats.month': { type: 'stats.month' },
  'settings.get': { type: 'settings.get' },
  'settings.set': { type: 'settings.set', settings: defaultAppSettings() },
  'allowlist.add': { type: 'allowlist.add', phrase: 'quick call' },
  'data.export': { type: 'data.export' },
  'data.import': { type: 'data.import', json: '{}' },
  'data.deleteAll': { type: 'data.deleteAll' },
  'badge.set': { type: 'badge.set', count: 2 },
  'invitation.record': { type: 'invitation.record', contactId: 'bob', at: 1_700_000_000_000 },
  'invitations.week': { type: 'invitations.week' },
  'promises.list': { type: 'promises.list' },
  'promise.close': { type: 'promise.close', id: 1, outcome: 'done' },
};

describe("a LinkedIn content script's port is held to exactly what its runtime messages are", () => {
  const seed = async (): Promise<void> => {
    for (const id of ['ada', 'bob']) await handleMessage({ type: 'contact.seen', contact: { id, name: id } }, FROM_POPUP, deps);
    await handleMessage({ type: 'contact.update', contactId: 'ada', patch: { notes: 'private', consent: { value: false } } }, FROM_POPUP, deps);
  };
  const everything = async (): Promise<unknown> => {
    const { contacts, interactions } = await dumpAll(await deps.db());
    return { contacts, interactions, local: [...deps.local.data], sync: [...deps.sync.data] };
  };
  const refused = REQUEST_TYPES.filter((type) => !ALLOWED_SENDERS[type].includes('content-script'));

  it.each(refused)('%s over a port from a LinkedIn frame is refused as its runtime message is, and changes nothing', async (type) => {
    await seed();
    const before = await everything();
    for (const sender of [FROM_LINKEDIN, FROM_LINKEDIN_IFRAME]) {
      const logged = deps.logs.length;
      const asMessage = await handleMessage(SAMPLES[type], sender, deps);
      const messageLog = deps.logs.slice(logged);
      const { answers, post } = portFrom(sender);
      await post({ seq: 1, request: SAMPLES[type] });
      expect(asMessage).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      expect(answers).toEqual([{ seq: 1, response: asMessage }]);
      expect(deps.logs.slice(logged + messageLog.length)).toEqual(messageLog);
    }
    expect(await everything()).toEqual(before);
  });

  it.each(['gave', 'asked', 'intro', 'note'] as const)('a %s interaction.record over a LinkedIn port is refused and changes nothing', async (kind) => {
    await seed();
    const before = await everything();
    const { answers, post } = portFrom(FROM_LINKEDIN_IFRAME);
    await post({ seq: 4, request: { type: 'interaction.record', contactId: 'ada', kind, text: 'a fake give' } });
    expect(answers).toEqual([{ seq: 4, response: { ok: false, error: { code: 'forbidden_sender', message: `a ${kind} interaction is not accepted from a content-script` } } }]);
    expect(await everything()).toEqual(before);
  });

  it('answers what a content script may send over the port as it answers the runtime message', async () => {
    const allowed = REQUEST_TYPES.filter((type) => ALLOWED_SENDERS[type].includes('content-script'));
    expect(allowed.length).toBeGreaterThan(0);
    await seed();
    for (const type of allowed) {
      const asMessage = await handleMessage(SAMPLES[type], FROM_LINKEDIN, deps);
      const { answers, post } = portFrom(FROM_LINKEDIN);
      await post({ seq: 9, request: SAMPLES[type] });
      expect(asMessage.ok, type).toBe(true);
      expect(answers.map((a) => a.response.ok), type).toEqual([true]);
    }
  });

  it('refuses a port from another extension or another site, and never logs what the request said', async () => {
    for (const sender of [{ ...FROM_LINKEDIN, id: 'another-extension' }, { ...FROM_LINKEDIN, url: 'https://linkedin.com.evil.example/messaging/' }]) {
      const { answers, post } = portFrom(sender);
      await post({ seq: 1, request: { type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'a secret text' } });
      expect(answers[0]?.response).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect((await everything() as { contacts: unknown[] }).contacts).toEqual([]);
    expect(deps.logs.join('\n')).not.toContain('secret');
  });
});
