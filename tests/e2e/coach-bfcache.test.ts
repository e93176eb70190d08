import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, waitFor, type Rapport } from './harness';
import { ask, badgeText, shownRules, typeInto, waitForRule } from './coach-support';

const EDITOR = '[role="textbox"]';

interface Navigated {
  frame: { id: string; parentId?: string; url: string };
  type: 'Navigation' | 'BackForwardCacheRestore';
}

/**
 * Chrome puts a page the user leaves into the back/forward cache and closes every extension port
 * of it (https://developer.chrome.com/blog/bfcache-extension-messaging-changes); Back brings the
 * page back as it was, content script and all, with its port closed. The coach must go on as if
 * nothing happened: flag the draft, have its requests answered, light the badge again.
 */
describe('a LinkedIn page restored from the back/forward cache, in Chromium', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html', '/feed/': 'feed.html' }, backForwardCache: true });
    extension = await rapport.openExtensionPage('src/options/index.html');
  });

  afterAll(async () => {
    await rapport.close();
  });

  /** Leaves the page for another LinkedIn page and comes back with Back; says how the page came back. */
  async function awayAndBack(page: Page, cdp: CDPSession): Promise<Navigated['type']> {
    const navigations: Navigated[] = [];
    const listener = (e: Navigated) => {
      if (e.frame.parentId === undefined) navigations.push(e);
    };
    cdp.on('Page.frameNavigated', listener);
    const notUsed: unknown[] = [];
    cdp.on('Page.backForwardCacheNotUsed', (e) => notUsed.push(e));
    await page.goto('https://www.linkedin.com/feed/', { waitUntil: 'load' });
    // A restored page fires no load: it is back once its document is committed.
    await page.goBack({ waitUntil: 'commit' });
    await waitFor(() => navigations.some((n) => n.frame.url.includes('/messaging/thread/')), 10_000, 'the thread back');
    cdp.off('Page.frameNavigated', listener);
    if (notUsed.length > 0) throw new Error(`not restored from the back/forward cache: ${JSON.stringify(notUsed)}`);
    return navigations[navigations.length - 1]?.type ?? 'Navigation';
  }

  it('still flags the draft, records the send and shows the badge, with no error', async () => {
    const page = await rapport.context.newPage();
    const cdp = await rapport.context.newCDPSession(page);
    await cdp.send('Page.enable');
    await page.goto('https://www.linkedin.com/messaging/thread/2-bfcache/', { waitUntil: 'load' });
    await typeInto(page, EDITOR, 'Hi {first_name}, good to meet you.');
    await waitForRule(cdp, 'unfilled-placeholder');
    // The content script has talked to the background: its port is open when the page is left.
    await waitFor(async () => (await badgeText(rapport, page)) === '1', 5_000, 'the badge of the first finding');

    expect(await awayAndBack(page, cdp)).toBe('BackForwardCacheRestore');
    // The draft and its panel came back with the page, and the badge counts its finding again.
    expect(await shownRules(cdp)).toContain('unfilled-placeholder');
    await waitFor(async () => (await badgeText(rapport, page)) === '1', 5_000, 'the badge of the restored draft');

    await typeInto(page, EDITOR, ' Can I book a quick demo call to show you our product and pricing?');
    await waitForRule(cdp, 'early-pitch', true, 10_000);
    await waitFor(async () => Number(await badgeText(rapport, page)) >= 2, 10_000, 'the badge to count the findings after the restore');

    await page.keyboard.press('Enter');
    await waitFor(async () => {
      const { interactions } = await ask<{ interactions: { kind: string; snippet: string }[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' });
      return interactions.some((i) => i.kind === 'sent' && i.snippet.startsWith('Hi {first_name}, good to meet you.'));
    }, 10_000, 'the message sent after the restore, recorded');
    expect(rapport.consoleErrors).toEqual([]);
    await page.close();
  });
});
