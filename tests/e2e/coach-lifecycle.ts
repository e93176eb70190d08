import type { Page } from 'playwright-core';
import { isolatedWorlds, waitFor, type IsolatedWorlds, type Rapport } from './harness';
import { typeInto, waitForRule } from './coach-support';

/**
 * The page changes the e2e tests check for behaviour and `npm run bench` times against the
 * ARCHITECTURE budgets: a single-page-app route change, and the extension reloaded under a tab.
 */
export const SPA_PATH = '/messaging/thread/';
/** A swap whose panel has not shown by then counts as never (Infinity). */
const SWAP_GIVE_UP_MS = 3_000;

export interface SpaThread {
  page: Page;
  worlds: IsolatedWorlds;
  /** The content script's world in the top frame. */
  world: number;
  /** Swaps in thread `n` as LinkedIn does; resolves with the ms until its panel entered the form. */
  swap(n: number): Promise<number>;
}

export async function openSpaThread(rapport: Rapport): Promise<SpaThread> {
  const page = await rapport.context.newPage();
  const worlds = await isolatedWorlds(page, rapport.extensionId);
  await page.goto('https://www.linkedin.com/messaging/thread/2-spa-0/');
  await waitFor(() => worlds.contextIds().length > 0, 10_000, 'the content script');
  const world = worlds.contextIds()[0] ?? 0;
  // A pristine thread to clone from, before anything touched the page.
  await page.evaluate(() => {
    const w = window as unknown as { pristine: Element };
    w.pristine = document.querySelector('.msg-thread')?.cloneNode(true) as Element;
  });

  // LinkedIn swaps the thread pane and pushes a URL; the new draft already holds a placeholder.
  const swap = (i: number) => page.evaluate(async ([n, giveUpMs]) => {
    const w = window as unknown as { pristine: Element };
    const fresh = w.pristine.cloneNode(true) as Element;
    const link = fresh.querySelector('a[href*="/in/"]');
    link?.setAttribute('href', `/in/person-${n}/`);
    link?.setAttribute('title', `Open Person ${n}’s profile`);
    const title = fresh.querySelector('h2');
    if (title) title.textContent = `Person ${n}`;
    const editor = fresh.querySelector('[role="textbox"]');
    editor?.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Hi {first_name}, thread ${n} here.` }));
    const form = fresh.querySelector('form');
    const shown = new Promise<number>((resolve) => {
      const watch = new MutationObserver(() => {
        if (form && [...form.children].some((c) => c.tagName === 'DIV' && c.attributes.length === 0 && c.shadowRoot === null)) {
          watch.disconnect();
          resolve(performance.now());
        }
      });
      if (form) watch.observe(form, { childList: true });
    });
    history.pushState({}, '', `/messaging/thread/2-spa-${n}/`);
    const swappedAt = performance.now();
    document.querySelector('.msg-thread')?.replaceWith(fresh);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), giveUpMs));
    return (await Promise.race([shown, timeout])) - swappedAt;
  }, [i, SWAP_GIVE_UP_MS] as const);

  return { page, worlds, world, swap };
}

/** A coached thread whose panel is on screen, ready for the extension to be reloaded under it. */
export async function openCoachedThread(rapport: Rapport): Promise<{ page: Page; worlds: IsolatedWorlds; world: number }> {
  const page = await rapport.context.newPage();
  const worlds = await isolatedWorlds(page, rapport.extensionId);
  await page.goto('https://www.linkedin.com/messaging/thread/2-reload/');
  await waitFor(() => worlds.contextIds().length > 0, 10_000, 'the content script');
  const world = worlds.contextIds()[0] ?? 0;
  await typeInto(page, '[role="textbox"]', 'Hi {first_name}, can I show you a demo of our product?');
  await waitForRule(worlds.cdp, 'unfilled-placeholder');
  return { page, worlds, world };
}

/** Reloads the extension and resolves with the ms until the orphaned script removed its panel from the page. */
export async function reloadExtensionUnder(rapport: Rapport, page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { removedAt: Promise<number> };
    const form = document.querySelector('form');
    w.removedAt = new Promise((resolve) => {
      new MutationObserver((records) => {
        if (records.some((r) => r.removedNodes.length > 0)) resolve(performance.now());
      }).observe(form as Node, { childList: true });
    });
  });
  const startedAt = await page.evaluate(() => performance.now());
  const sw = await rapport.serviceWorker();
  await sw.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 0);
  });
  const removedAt = await page.evaluate(() => (window as unknown as { removedAt: Promise<number> }).removedAt);
  return removedAt - startedAt;
}
