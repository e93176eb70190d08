import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedWorlds, launchRapport, waitFor, type Rapport } from './harness';
import { closedShadowRoots, contentScriptListeners, domTree, liveInstances, typeInto, waitForRule } from './coach-support';
import { openCoachedThread, reloadExtensionUnder, SPA_PATH } from './coach-lifecycle';

// How soon the orphan's UI goes is a budget (1 s), timed by `npm run bench`; here: that everything goes.
describe('the extension reloaded under an open LinkedIn tab', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { [SPA_PATH]: 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it("leaves the orphaned script's UI, listeners and observers gone, throwing nothing", async () => {
    const { page, worlds, world } = await openCoachedThread(rapport);
    const cdp = worlds.cdp;
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      thrown.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
    });
    cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[] }) => {
      if (e.type === 'error' || e.type === 'warning') thrown.push(e.args.map((a) => String(a.value ?? a.description)).join(' '));
    });
    expect(closedShadowRoots(await domTree(cdp))).toHaveLength(1);
    expect(await contentScriptListeners(cdp, rapport.extensionId)).toBeGreaterThan(0);

    await reloadExtensionUnder(rapport, page);

    expect(closedShadowRoots(await domTree(cdp))).toHaveLength(0);
    expect(await contentScriptListeners(cdp, rapport.extensionId)).toBe(0);
    expect(await liveInstances(cdp, world, 'MutationObserver')).toBe(0);
    expect(await liveInstances(cdp, world, 'ResizeObserver')).toBe(0);

    // The user goes on typing and sending in the orphaned tab: still nothing thrown, nothing shown.
    // The page's own send (the message lands in the thread) then two frames mark the point where an
    // orphan still listening would have reacted.
    await typeInto(page, '[role="textbox"]', ' Also {company}.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.msg-s-event-listitem__body')].some((p) => p.textContent?.includes('Also {company}.')));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(closedShadowRoots(await domTree(cdp))).toHaveLength(0);
    expect(thrown).toEqual([]);
    expect(rapport.consoleErrors.filter((e) => e.startsWith('https://www.linkedin.com'))).toEqual([]);
    await page.close();
  });
});

describe('the extension uninstalled under an open LinkedIn tab', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('takes its panel away when Rapport is uninstalled under the tab, throwing nothing (issue 13)', async () => {
    const page = await rapport.context.newPage();
    const worlds = await isolatedWorlds(page, rapport.extensionId);
    const cdp = worlds.cdp;
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      thrown.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
    });
    await page.goto('https://www.linkedin.com/messaging/thread/2-uninstall/');
    await waitFor(() => worlds.contextIds().length > 0, 10_000, 'the content script');
    await typeInto(page, '[role="textbox"]', 'Hi {first_name}, can I show you a demo of our product?');
    await waitForRule(cdp, 'unfilled-placeholder');
    expect(closedShadowRoots(await domTree(cdp))).toHaveLength(1);

    const sw = await rapport.serviceWorker();
    await sw.evaluate(() => {
      const { management } = (globalThis as unknown as { chrome: { management: { uninstallSelf(o: { showConfirmDialog: boolean }): Promise<void> } } }).chrome;
      setTimeout(() => void management.uninstallSelf({ showConfirmDialog: false }), 0);
    });
    await waitFor(async () => closedShadowRoots(await domTree(cdp)).length === 0, 10_000, 'no panel after uninstall');
    await typeInto(page, '[role="textbox"]', ' Also {company}.');
    await page.keyboard.press('Enter');
    expect(closedShadowRoots(await domTree(cdp))).toHaveLength(0);
    expect(thrown).toEqual([]);
    expect(rapport.consoleErrors.filter((e) => e.startsWith('https://www.linkedin.com'))).toEqual([]);
    await page.close();
  });
});
