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
vi.mock('webextension-polyfill', () => ({ default: { runtime: { connect } } }));

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

  it('answers what was in flight "disconnected" when the worker drops the port, and opens a new one for the next', async () => {
    const channel = requestChannel();
    const before = ports.length;
    const pending = channel.send({ type: 'stats.month' });
    ports[before]?.drop();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    void channel.send({ type: 'stats.month' });
    expect(ports).toHaveLength(before + 2);
  });
});
