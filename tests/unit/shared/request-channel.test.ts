import { describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
interface FakePort { posted: unknown[]; answer: Listener; drop: () => void; disconnected: boolean }
const ports: FakePort[] = [];
const connect = vi.fn((info: { name: string }) => {
  const listeners: Listener[] = [];
  const gone: (() => void)[] = [];
  const port: FakePort = { posted: [], answer: (m) => listeners.forEach((l) => l(m)), drop: () => gone.forEach((l) => l()), disconnected: false };
  ports.push(port);
  expect(info.name).toBe('requests');
  return {
    postMessage: (m: unknown) => port.posted.push(m),
    disconnect: () => {
      port.disconnected = true;
    },
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

  it('reopen() leaves the port and posts every unanswered request on a new one (a page back from the back/forward cache)', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const answered = channel.send({ type: 'stats.month' });
    const pending = channel.send({ type: 'badge.set', count: 2 });
    ports[before]?.answer({ seq: 1, response: { ok: true, data: { gives: 0 } } });
    expect(await answered).toEqual({ ok: true, data: { gives: 0 } });
    channel.reopen();
    expect(ports[before]?.disconnected).toBe(true);
    expect(ports).toHaveLength(before + 2);
    expect(ports[before + 1]?.posted).toEqual([{ seq: 2, request: { type: 'badge.set', count: 2 } }]);
    // The left port's late disconnect changes nothing: the new port stays, nothing is posted twice.
    ports[before]?.drop();
    expect(ports).toHaveLength(before + 2);
    expect(ports[before + 1]?.posted).toHaveLength(1);
    ports[before + 1]?.answer({ seq: 2, response: { ok: true, data: {} } });
    expect(await pending).toEqual({ ok: true, data: {} });
  });

  it('reopen() with nothing waiting opens no port until the next request', () => {
    const channel = requestChannel();
    void channel.send({ type: 'stats.month' });
    const before = ports.length;
    ports[before - 1]?.answer({ seq: 1, response: { ok: true, data: {} } });
    channel.reopen();
    expect(ports).toHaveLength(before);
    void channel.send({ type: 'stats.month' });
    expect(ports).toHaveLength(before + 1);
    expect(ports[before]?.posted).toEqual([{ seq: 2, request: { type: 'stats.month' } }]);
  });

  it('reopen() keeps a request its second chance: a worker stop after the restore posts it once more', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const pending = channel.send({ type: 'stats.month' });
    channel.reopen();
    ports[before + 1]?.drop();
    expect(ports[before + 2]?.posted).toEqual([{ seq: 1, request: { type: 'stats.month' } }]);
    ports[before + 2]?.answer({ seq: 1, response: { ok: true, data: {} } });
    expect(await pending).toEqual({ ok: true, data: {} });
  });
});
