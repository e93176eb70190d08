import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../e2e/harness';
import { ask, badgeText, launchFirefox, waitForRule, type FirefoxRapport } from './harness';

/**
 * Back to a LinkedIn page Firefox kept in its back/forward cache: the page, its content script and
 * the draft come back as they were, and the coach goes on. This passed without the new port on
 * pageshow too (Firefox ESR either keeps the cached page's port or says it closed; not told apart
 * here): it keeps the reopen on restore, written for Chromium (tests/e2e/coach-bfcache.test.ts),
 * from doing harm in Firefox.
 */
describe('a LinkedIn page restored from the back/forward cache, in Firefox', () => {
  let rapport: FirefoxRapport;

  beforeAll(async () => {
    rapport = await launchFirefox({ '/messaging/thread/': 'coach-thread.html', '/feed/': 'feed.html' });
  });

  afterAll(async () => {
    await rapport?.close();
  });

  it('still flags the draft, counts it on the badge and records the send, with no add-on error', async () => {
    const extension = await rapport.openExtensionPage('src/popup/index.html');
    const page = await rapport.openLinkedIn('/messaging/thread/2-bfcache/');
    // The test's own mark on the page: a reload would lose it, a restore from the cache keeps it.
    await page.evaluate(() => Object.assign(window, { beforeBack: true }));
    await page.click('[role="textbox"]');
    await page.keyboard.type('Hi {first_name}, good to meet you.');
    await waitForRule(rapport, page, 'unfilled-placeholder');

    await page.goto('https://www.linkedin.com/feed/');
    // A restored page fires no event Puppeteer waits on: its wait times out, and the page is back.
    await page.goBack({ waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
    await waitFor(() => page.evaluate(() => 'beforeBack' in window).catch(() => false), 10_000, 'the thread restored from the cache');

    await page.click('[role="textbox"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' Can I book a quick demo call to show you our product and pricing?');
    await waitForRule(rapport, page, 'early-pitch');
    await waitFor(async () => Number(await badgeText(extension, page)) >= 2, 10_000, 'the badge to count the findings after the restore');
    await page.keyboard.press('Enter');
    await waitFor(async () => {
      const { interactions } = await ask<{ interactions: { kind: string; snippet: string }[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' });
      return interactions.some((i) => i.kind === 'sent' && i.snippet.startsWith('Hi {first_name}, good to meet you.'));
    }, 10_000, 'the message sent after the restore, recorded');
    expect(await rapport.addonErrors()).toEqual([]);
  });
});
