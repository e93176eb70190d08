import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, waitFor, type Rapport } from './harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface EditResult {
  i: number;
  ok: boolean;
  code: string;
  /** Date.now() when the answer came: page and test share the machine's clock. */
  at: number;
}

// Runs in the extension page: the note edits a user makes, each saved before the next, as the
// popup's notes field does. A failed save is reported, as the UI would show it, not retried.
async function editNotes(page: Page, from: number, to: number, pauseMs: number): Promise<EditResult[]> {
  return page.evaluate(
    async ({ from, to, pauseMs }) => {
      const results: { i: number; ok: boolean; code: string; at: number }[] = [];
      for (let i = from; i <= to; i += 1) {
        try {
          const res = (await chrome.runtime.sendMessage({ type: 'contact.update', contactId: 'ada-lovelace', patch: { notes: `draft ${i}` } })) as { ok: boolean; error?: { code: string } } | undefined;
          results.push({ i, ok: res?.ok === true, code: res?.ok ? 'ok' : (res?.error?.code ?? 'no answer'), at: Date.now() });
        } catch (err) {
          results.push({ i, ok: false, code: err instanceof Error ? err.message : String(err), at: Date.now() });
        }
        await new Promise((r) => setTimeout(r, pauseMs));
      }
      return results;
    },
    { from, to, pauseMs },
  );
}

async function ask(page: Page, message: object): Promise<{ ok: boolean; data?: { contact?: { notes: string } } }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data?: { contact?: { notes: string } } }>;
}

describe('the service worker can be stopped at any moment', () => {
  let rapport: Rapport;
  let page: Page;
  let cdp: CDPSession;
  const statuses: string[] = [];

  beforeAll(async () => {
    rapport = await launchRapport();
    page = await rapport.openExtensionPage('src/options/index.html');
    cdp = await rapport.context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${rapport.extensionId}/`)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('loses no saved note when stopped in the middle of a note edit sequence, and answers again after restart', async () => {
    expect(await ask(page, { type: 'contact.seen', contact: { id: 'ada-lovelace', name: 'Ada Lovelace' } })).toMatchObject({ ok: true });

    const editing = editNotes(page, 1, 60, 15);
    // Let some edits land, then stop every service worker of the profile (ours is the only one).
    await waitFor(async () => ((await ask(page, { type: 'contact.get', contactId: 'ada-lovelace' })).data?.contact?.notes ?? '').startsWith('draft 1'), 10_000, 'the first saved drafts');
    const stoppedBefore = statuses.filter((s) => s === 'stopped').length;
    const stopAt = Date.now();
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => statuses.filter((s) => s === 'stopped').length > stoppedBefore, 10_000, 'the worker to report stopped');
    const results = await editing;

    const saved = results.filter((r) => r.ok);
    const last = saved.at(-1);
    expect(last, 'some edits were saved').toBeDefined();
    // The stop came in the middle of the sequence, and edits after it were saved too: the next
    // message restarted the worker.
    expect(saved.some((r) => r.at < stopAt)).toBe(true);
    expect(saved.some((r) => r.at > stopAt)).toBe(true);

    // Every edit got an answer (a stop that catches a request in flight must surface as a
    // failure, never as silence), and nothing reported saved was lost: the stored draft is the
    // last one reported saved, or a later one whose answer the stop swallowed.
    expect(results).toHaveLength(60);
    const view = await ask(page, { type: 'contact.get', contactId: 'ada-lovelace' });
    expect(view.ok).toBe(true);
    const stored = Number(/^draft (\d+)$/u.exec(view.data?.contact?.notes ?? '')?.[1]);
    expect(stored).toBeGreaterThanOrEqual(last?.i ?? Infinity);
    expect(statuses).toContain('running');
  });

  it('keeps the note across a second stop with nothing in flight, and a fresh page reads it', async () => {
    const before = await ask(page, { type: 'contact.get', contactId: 'ada-lovelace' });
    const stopped = statuses.filter((s) => s === 'stopped').length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => statuses.filter((s) => s === 'stopped').length > stopped, 10_000, 'the worker to report stopped');
    const fresh = await rapport.openExtensionPage('src/popup/index.html');
    const after = await ask(fresh, { type: 'contact.get', contactId: 'ada-lovelace' });
    expect(after.data?.contact?.notes).toBe(before.data?.contact?.notes);
    await fresh.close();
  });
});
