import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { badgeText, launchFirefox, pageState, waitForRule, type FirefoxRapport } from './harness';

const DRAFT = 'Hi {first_name}, can I show you a demo of our product?';

/**
 * Firefox destroys the old content script's sandbox on reload or uninstall without running any of
 * its code, and injects the new script into the open tab after a reload (issue 13).
 */
describe('Rapport reloaded and then removed under an open LinkedIn tab in Firefox', () => {
  let rapport: FirefoxRapport;
  let page: Page;

  beforeAll(async () => {
    rapport = await launchFirefox({ '/messaging/thread/': 'coach-thread.html' });
    page = await rapport.openLinkedIn('/messaging/thread/2-reload/');
    await page.click('[role="textbox"]');
    await page.keyboard.type(DRAFT);
    await waitForRule(rapport, page, 'unfilled-placeholder');
    // The badge for that finding has arrived: nothing of the first instance is on its way when it is
    // reloaded (a loaded machine answers late, and Firefox logs a reply that finds its script gone).
    const control = await rapport.openExtensionPage('src/options/index.html');
    const count = (await pageState(control, page)).findings.length;
    await waitFor(async () => (await badgeText(control, page)) === String(count), 5_000, `badge ${count}`);
  });

  afterAll(async () => {
    await rapport?.close();
  });

  it('shows exactly one panel after the add-on is reloaded, and it coaches', async () => {
    expect(await rapport.panels(page)).toHaveLength(1);
    // As about:debugging's Reload does it: no extension page of ours with a request on its way goes down with it.
    await rapport.inChrome(`(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await (await AddonManager.getAddonByID('rapport@rapport.invalid')).reload();
      return true;
    })()`);
    // The new instance is injected, removes the old panel and shows its own for the same draft.
    await waitFor(async () => {
      const panels = await rapport.panels(page);
      return panels.length === 1 && panels[0]?.visible === true && panels[0].rules.includes('unfilled-placeholder');
    }, 10_000, 'one panel from the new instance');
    // It talks to the new background: the badge it sets for the next finding arrives there.
    await page.keyboard.type(' As we discussed, my friend.');
    await waitForRule(rapport, page, 'assumed-closeness');
    // A background tab: the LinkedIn tab keeps the focus, so nothing new is sent when it is done.
    const control = await rapport.openExtensionPage('src/options/index.html');
    const count = (await pageState(control, page)).findings.length;
    // Nothing of Rapport's is still on its way when the next test uninstalls it: Firefox logs a reply that
    // finds its content script gone as an error of the add-on. (Closing this tab would refocus the
    // LinkedIn tab, and its coach would announce the badge again.)
    await waitFor(async () => (await badgeText(control, page)) === String(count), 5_000, `badge ${count}`);
    expect(await rapport.panels(page)).toHaveLength(1);
  });

  it('shows no panel once Rapport is uninstalled, and the page goes on working', async () => {
    await rapport.uninstall();
    await waitFor(async () => (await rapport.panels(page)).every((p) => !p.visible), 10_000, 'no visible panel');
    await page.keyboard.type(' More {first_name}.');
    expect((await rapport.panels(page)).filter((p) => p.visible)).toEqual([]);
    expect(await page.$eval('[role="textbox"]', (el) => el.textContent)).toContain('More {first_name}.');
  });

  it('leaves no add-on error in the Browser Console', async () => {
    expect(await rapport.addonErrors()).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
