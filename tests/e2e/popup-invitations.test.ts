import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { ask, closedShadowRoots, descendantsOf, domTree, pageState, typeInto } from './coach-support';
import { waitFor, type Rapport } from './harness';
import { launchInLanguage, OPTIONS, openPopup } from './ui-helpers';

describe('the invitation meter', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en', { routes: { '/in/priya-shah/': 'coach-invite.html', '/in/': 'invite-gate.html' } });
    extension = await rapport.openExtensionPage(OPTIONS);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('counts three invitations, two sent without a note and one with, and the popup shows 3', async () => {
    for (const slug of ['noor-haddad', 'omar-rahim']) {
      const page = await rapport.openLinkedIn(`/in/${slug}/`);
      // A click on the label inside the button counts: LinkedIn's buttons wrap their text in a span.
      await page.locator('[aria-label="Send without a note"] span').click();
      await page.close();
    }
    const profile = await rapport.openLinkedIn('/in/priya-shah/');
    await typeInto(profile, 'textarea[name="message"]', 'Hi Priya, your talk on data contracts stayed with me.');
    await profile.locator('button[aria-label="Send invitation"]').click();
    await waitFor(async () => (await ask<{ count: number }>(extension, { type: 'invitations.week' })).count === 3, 5_000, 'three invitations counted');
    await profile.close();

    const popup = await openPopup(rapport);
    const meter = popup.locator('#invitation-meter');
    await meter.waitFor();
    expect(await meter.getAttribute('data-count')).toBe('3');
    expect(await popup.locator('label[for="invitation-meter"]').textContent()).toBe('3 sent in the last 7 days (limit 100)');
    expect(await popup.locator('.invitations .status').count()).toBe(0);
    const { violations } = await new AxeBuilder({ page: popup }).include('.invitations').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await popup.close();
  });

  it('the invite dialog\'s panel shows the 7-day count once a note is being written, inside its closed shadow root', async () => {
    rapport.serveHtml('/in/lena-fox/', readFileSync('tests/e2e/fixtures/coach-invite.html', 'utf8'));
    const page = await rapport.openLinkedIn('/in/lena-fox/');
    const cdp = await page.context().newCDPSession(page);
    const panelText = async (): Promise<string> => closedShadowRoots(await domTree(cdp))
      .map((shadow) => [...descendantsOf(shadow)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('')).join('');
    // Untouched, the dialog stays untouched: asserted once the content script has read the profile,
    // so an empty panel means it chose to show nothing, not that it has not run yet.
    await waitFor(async () => (await pageState(extension, page)).contact !== null, 5_000, 'the content script reading the profile');
    expect(await panelText()).toBe('');
    await typeInto(page, 'textarea[name="message"]', 'Hi Lena, enjoyed your post on schema migrations.');
    await waitFor(async () => (await panelText()).includes('Invitations in the last 7 days: 3 of 100'), 5_000, 'the meter in the panel');
    await page.close();
  });

  it('warns from the threshold the user set', async () => {
    await extension.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ data: { settings: Record<string, unknown> } }> } } }).chrome;
      const { data } = await chromeApi.runtime.sendMessage({ type: 'settings.get' });
      await chromeApi.runtime.sendMessage({ type: 'settings.set', settings: { ...data.settings, invitations: { warnAt: 3, limit: 100 } } });
    });
    const popup = await openPopup(rapport);
    await popup.locator('.invitations .status').waitFor();
    expect(await popup.locator('.invitations .status').textContent()).toMatch(/^3 or more this week/u);
    await popup.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
