import { describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
interface FakePort { posted: unknown[]; answer: Listener; drop: () => void }
const ports: FakePort[] = [];
const connect = vi.fn((info: { name: string }) => {
  const listeners: Listener[] = [];
  const gone: (() => void)[] = [];
  const port: FakePort = { posted: [], answer: (m) => listeners.forEach((l) => l(m)), drop: () => gone.forEach((l) => l()) };
  ports.push(port);
  expect(info.name).toBe('requests');
  return {
    postMessage: (m: unknown) => port.posted.push(m),
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    onDisconnect: { addListener: (l: () => void) => gone.push(l) },
  };
});
// The browser's own API (src/shared/extension-api.ts), as in a content script: Chrome's `chrome` here.
vi.stubGlobal('chrome', { runtime: { connect } });

const { requestChannel } = await import('../../../src/shared/request-channel');

describe('requestChannel()', () => {
  it('posts each request with its own number on one port and resolves it with the answer of that number', async () => {
    const channel = requestChannel();
    const first = channel.send({ type: 'stats.month' });
    const second = channel.send({ type: 'contacts.reconnect' });
    expect(connect).toHaveBeenCalledTimes(1);
    const port = ports[0];
    if (!port) throw new Error('no port');
    expect(port.posted).toEqual([{ seq: 1, request: { type: 'stats.month' } }, { seq: 2, request: { type: 'contacts.reconnect' } }]);
    port.answer({ seq: 2, response: { ok: true, data: { contacts: [] } } });
    port.answer({ seq: 1, response: { ok: false, error: { code: 'internal', message: 'x' } } });
    expect(await second).toEqual({ ok: true, data: { contacts: [] } });
    expect(await first).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('posts what a dropped port left unanswered once more on a new port, and answers it from there', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const answered = channel.send({ type: 'context.get', contactId: 'ada' });
    const pending = channel.send({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } });
    ports[before]?.answer({ seq: 1, response: { ok: true, data: { sent: 0 } } });
    // The worker stopped (Chrome closes its ports) before it answered the second request.
    ports[before]?.drop();
    expect(ports).toHaveLength(before + 2);
    expect(ports[before + 1]?.posted).toEqual([{ seq: 2, request: { type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } } }]);
    ports[before + 1]?.answer({ seq: 2, response: { ok: true, data: { contact: { id: 'ada' } } } });
    expect(await answered).toEqual({ ok: true, data: { sent: 0 } });
    expect(await pending).toEqual({ ok: true, data: { contact: { id: 'ada' } } });
    // The next request goes on the new port.
    void channel.send({ type: 'invitations.week' });
    expect(ports).toHaveLength(before + 2);
    expect(ports[before + 1]?.posted).toHaveLength(2);
  });

  it('answers "disconnected" when the second port drops the request too, and opens a new one for the next', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const pending = channel.send({ type: 'stats.month' });
    ports[before]?.drop();
    ports[before + 1]?.drop();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    expect(ports).toHaveLength(before + 2);
    void channel.send({ type: 'stats.month' });
    expect(ports).toHaveLength(before + 3);
  });

  it('answers "disconnected" when no port opens (the extension was reloaded or removed under the page)', async () => {
    const channel = requestChannel();
    connect.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await channel.send({ type: 'badge.set', count: 1 })).toEqual({ ok: false, error: { code: 'disconnected', message: 'Extension context invalidated.' } });
  });

  it('answers "disconnected" when the port that dropped the request cannot be reopened', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const pending = channel.send({ type: 'stats.month' });
    connect.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    ports[before]?.drop();
    expect(await pending).toEqual({ ok: false, error: { code: 'disconnected', message: 'Extension context invalidated.' } });
  });
});
