import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedWorlds, launchRapport, waitFor, type IsolatedWorlds, type Rapport } from './harness';
import { badgeOf, typeInto, waitForRule } from './coach-support';
import { sendAll } from './ui-helpers';

/**
 * The content script asks the background over a port (src/content/requests.ts). The same sender
 * check and allowlist hold there as for runtime messages, and a worker that Chrome stopped (which
 * closes the port) is reached again through a new one.
 */
describe("the content script's request port in Chromium", () => {
  let rapport: Rapport;
  let options: Page;
  let page: Page;
  let worlds: IsolatedWorlds;
  let cdp: CDPSession;
  const statuses: string[] = [];

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
    options = await rapport.openExtensionPage('src/options/index.html');
    await sendAll(options, [
      { type: 'contact.seen', contact: { id: 'ana-popescu', name: 'Ana Popescu' } },
      { type: 'contact.update', contactId: 'ana-popescu', patch: { notes: 'private note' } },
    ]);
    cdp = await rapport.context.newCDPSession(options);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${rapport.extensionId}/`)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    page = await rapport.context.newPage();
    worlds = await isolatedWorlds(page, rapport.extensionId);
    await page.goto('https://www.linkedin.com/messaging/thread/2-port/');
    await waitFor(() => worlds.contextIds().length > 0, 10_000, 'the content script');
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('refuses over a port from the LinkedIn page exactly what it refuses as a runtime message from there', async () => {
    const requests = [
      { type: 'contact.get', contactId: 'ana-popescu' },
      { type: 'contacts.search', query: 'ana' },
      { type: 'settings.get' },
      { type: 'contact.update', contactId: 'ana-popescu', patch: { notes: '' } },
      { type: 'stats.month' },
      { type: 'data.export' },
      { type: 'data.deleteAll' },
      { type: 'interaction.record', contactId: 'ana-popescu', kind: 'gave', text: 'a fake give' },
      { type: 'context.get', contactId: 'ana-popescu' },
    ];
    // In the content script's own world: what an XSS on LinkedIn could do with its chrome.runtime.
    const answers = await worlds.evaluate<[string, string, string][]>(`(async () => {
      const overPort = (request) => new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'requests' });
        port.onMessage.addListener((m) => { resolve(m.response); port.disconnect(); });
        port.onDisconnect.addListener(() => resolve(null));
        port.postMessage({ seq: 1, request });
      });
      const code = (r) => (r === null || r === undefined ? 'no answer' : r.ok ? 'ok' : r.error.code);
      const out = [];
      for (const request of ${JSON.stringify(requests)}) out.push([request.type, code(await overPort(request)), code(await chrome.runtime.sendMessage(request))]);
      return out;
    })()`);
    expect(answers).toEqual(requests.map((r) => [r.type, r.type === 'context.get' ? 'ok' : 'forbidden_sender', r.type === 'context.get' ? 'ok' : 'forbidden_sender']));
    const [view] = await sendAll(options, [{ type: 'contact.get', contactId: 'ana-popescu' }]);
    expect((view as { contact: { notes: string }; interactions: unknown[] })).toMatchObject({ contact: { notes: 'private note' }, interactions: [] });
  });

  it('reaches the worker again after Chrome stopped it (and closed the port): the badge follows the draft', async () => {
    await page.bringToFront();
    await typeInto(page, '[role="textbox"]', 'Hi {first_name}, good to meet you.');
    await waitForRule(worlds.cdp, 'unfilled-placeholder');
    let before = 0;
    await waitFor(async () => (before = Number(await badgeOf(options))) > 0, 10_000, 'the badge of the first finding');
    const stopped = statuses.filter((s) => s === 'stopped').length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => statuses.filter((s) => s === 'stopped').length > stopped, 10_000, 'the worker to report stopped');
    const runningBefore = statuses.length;
    // A second finding: the content script's badge.set goes out on a new port, which starts the worker.
    await typeInto(page, '[role="textbox"]', ' As we discussed, my friend.');
    await waitForRule(worlds.cdp, 'assumed-closeness');
    await waitFor(async () => Number(await badgeOf(options)) > before, 10_000, 'the badge to count the new finding');
    expect(statuses.slice(runningBefore)).toContain('running');
    expect(rapport.consoleErrors).toEqual([]);
  });
});
