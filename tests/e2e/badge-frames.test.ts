import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, waitFor, type Rapport } from './harness';
import { ask, badgeOf, waitForRule } from './coach-support';
import { holdDatabase } from './hold-database';

declare const chrome: {
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/**
 * LinkedIn's messaging lives in a same-origin /preload/ iframe, while the top frame holds no draft.
 * When the popup (or the tab shown again, or midnight) asks every frame to refresh the badge, both
 * speak: the frame with the draft says its findings, the top frame says "no draft here" and the
 * worker reads the reminders from the database. The draft's findings must be what stays.
 */
describe('the badge of a tab whose messaging frame holds the draft, in Chromium', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/': 'messaging-shell.html', '/preload/': 'coach-thread.html' } });
    extension = await rapport.openExtensionPage('src/popup/index.html');
    // The worker has created the database before the test holds it.
    await ask(extension, { type: 'contacts.search', query: 'a', limit: 1 });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it("keeps the draft's findings when the top frame's reminders are read last", async () => {
    const page = await rapport.openLinkedIn('/messaging/');
    const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
    await frame.locator('[role="textbox"]').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('Hi {first_name}, good to meet you.');
    await waitForRule(await rapport.context.newCDPSession(page), 'unfilled-placeholder');
    await page.bringToFront();
    await waitFor(async () => (await badgeOf(extension)) === '1', 5_000, "the badge of the frame's draft");

    const hold = await holdDatabase(extension);
    // As the popup asks when it opens: every frame of the tab says its count again.
    await extension.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'badge.refresh' }).catch(() => undefined);
    });
    // Both frames' badge.set reach the worker; the top frame's waits on the held database.
    await new Promise((resolve) => setTimeout(resolve, 750));
    await hold.release();
    // Once the reminders are read (none are due), the worker has written the badge for the last time.
    await ask(extension, { type: 'promises.list' });
    await new Promise((resolve) => setTimeout(resolve, 750));
    expect(await badgeOf(extension)).toBe('1');
    expect(rapport.consoleErrors).toEqual([]);
    await page.close();
  });
});
