import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
// send() uses the browser's own API (src/shared/extension-api.ts): Chrome's `chrome` here. The rest of
// client.ts uses webextension-polyfill, which refuses to load outside an extension.
vi.stubGlobal('chrome', { runtime: { sendMessage } });
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { send } = await import('../../../src/shared/client');

beforeEach(() => {
  sendMessage.mockReset();
});

describe('send()', () => {
  it('passes the request through and returns the typed answer', async () => {
    sendMessage.mockResolvedValue({ ok: true, data: { recorded: true } });
    expect(await send({ type: 'interaction.record', contactId: 'ada', kind: 'sent' })).toEqual({ ok: true, data: { recorded: true } });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'interaction.record', contactId: 'ada', kind: 'sent' });
  });

  it('a dead extension context is a disconnected error, never a throw', async () => {
    sendMessage.mockImplementation(async () => {
      throw new Error('Extension context invalidated.');
    });
    expect(await send({ type: 'settings.get' })).toEqual({ ok: false, error: { code: 'disconnected', message: 'Extension context invalidated.' } });
  });

  it('no answer at all is disconnected too', async () => {
    sendMessage.mockResolvedValue(undefined);
    expect(await send({ type: 'settings.get' })).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });
});
