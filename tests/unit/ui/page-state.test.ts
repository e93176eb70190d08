import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = vi.hoisted(() => ({
  query: vi.fn<(q: unknown) => Promise<{ id?: number }[]>>(),
  sendMessage: vi.fn<(tabId: number, message: unknown) => Promise<unknown>>(),
}));
vi.mock('webextension-polyfill', () => ({ default: { tabs } }));

const { activePageState } = await import('../../../src/popup/page-state');

const finding = { rule: 'early-pitch', severity: 'warning', start: 0, end: 4, message: 'm', suggestion: 's' };

describe("the popup's question to the active tab", () => {
  beforeEach(() => {
    tabs.query.mockResolvedValue([{ id: 7 }]);
  });

  it('asks the active tab of the current window, as a popup may without the tabs permission', async () => {
    tabs.sendMessage.mockResolvedValue({ ok: true, data: { contact: { id: 'ana-p', name: 'Ana' }, surface: 'message', findings: [finding] } });
    expect(await activePageState()).toEqual({ tabId: 7, contact: { id: 'ana-p', name: 'Ana' }, surface: 'message', findings: [finding] });
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page.state' });
  });

  it('treats a tab without the content script (another site, a browser page) as nobody on screen', async () => {
    tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await activePageState()).toEqual({ tabId: null, contact: null, surface: null, findings: [] });
  });

  it('takes only what it expects from a web page process: a bad id, a stray surface, malformed findings', async () => {
    tabs.sendMessage.mockResolvedValue({
      ok: true,
      data: { contact: { id: '../../etc', name: 'X' }, surface: 'feed', findings: [finding, { rule: 1 }, null] },
    });
    expect(await activePageState()).toEqual({ tabId: 7, contact: null, surface: null, findings: [finding] });
  });

  it('does not wait long for a tab that never answers', async () => {
    vi.useFakeTimers();
    tabs.sendMessage.mockReturnValue(new Promise(() => undefined));
    const answer = activePageState();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await answer).toEqual({ tabId: 7, contact: null, surface: null, findings: [] });
    vi.useRealTimers();
  });
});
