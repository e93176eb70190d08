import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, clickNode, shownFindings, shownRules, typeInto, waitForRule } from './coach-support';
import { launchRapport, waitFor, type Rapport } from './harness';
import { PRACTICE, PRACTICE_DRAFT, writeTo } from './first-run';
import { OPTIONS, openPopup } from './ui-helpers';

async function rulesBecome(cdp: CDPSession, expected: string[]): Promise<void> {
  await waitFor(async () => JSON.stringify(await shownRules(cdp)) === JSON.stringify(expected), 5_000, `rules ${expected.join(', ')}`);
}

describe('the practice page', () => {
  let rapport: Rapport;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
    page = await rapport.openExtensionPage(PRACTICE);
    await page.locator('[role="textbox"]').waitFor();
    cdp = await rapport.context.newCDPSession(page);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('judges the same words differently for a day-old connection, a long-time contact who asked for a demo, and a stranger', async () => {
    await typeInto(page, '[role="textbox"]', PRACTICE_DRAFT);
    // The content script's own panel, in its closed shadow root, with the same finding texts.
    await rulesBecome(cdp, ['early-pitch', 'unfilled-placeholder']);
    const pitch = (await shownFindings(cdp)).find((f) => f.rule === 'early-pitch');
    expect(pitch?.text).toMatch(/pitching early/u);
    expect(Object.keys(pitch?.buttons ?? {}).sort()).toEqual(['allow', 'ignore']);

    await writeTo(page, 'long');
    // The draft carries over once the new composer has rendered: polled, not read at once.
    await expect.poll(() => page.locator('[role="textbox"]').innerText()).toBe(PRACTICE_DRAFT);
    await rulesBecome(cdp, ['unfilled-placeholder']);

    await writeTo(page, 'stranger');
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(PRACTICE_DRAFT);
    await rulesBecome(cdp, ['early-pitch', 'unfilled-placeholder']);
  });

  it('holds an invitation note to the account allowance chosen in the settings', async () => {
    await page.locator('textarea').fill('x'.repeat(190));
    expect(await page.locator('textarea').getAttribute('maxlength')).toBe('200');
    await page.locator('textarea').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'y'.repeat(240);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await rulesBecome(cdp, ['invite-note-too-long']);
  });

  it('sends nothing and stores nothing about the made-up people', async () => {
    await writeTo(page, 'new');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('.thread [role="status"]').innerText()).toBe('Practice only: nothing was sent.');
    const popup = await openPopup(rapport);
    for (const name of ['Sam', 'Maren', 'Alex']) {
      await popup.getByRole('searchbox').fill(name);
      await popup.locator('.search #search ~ [role=status]:not(:empty)').waitFor();
      expect(await popup.locator('.search-results .contact-name').count(), name).toBe(0);
    }
    await popup.close();
  });

  it('"Never flag" stops the phrase on this page only: the allowlist LinkedIn\'s coach reads is unchanged, and it can be flagged again', async () => {
    const allowlist = async () => (await ask<{ settings: { engine: { allowlist: string[] } } }>(page, { type: 'settings.get' })).settings.engine.allowlist;
    const before = await allowlist();
    await writeTo(page, 'new');
    await page.locator('[role="textbox"]').fill(PRACTICE_DRAFT);
    await rulesBecome(cdp, ['early-pitch', 'unfilled-placeholder']);
    const pitch = (await shownFindings(cdp)).find((f) => f.rule === 'early-pitch');
    await clickNode(page, cdp, pitch?.buttons.allow ?? 0);
    await rulesBecome(cdp, ['unfilled-placeholder']);
    // Across the page's people, as the allowlist would be; never in the settings.
    await writeTo(page, 'stranger');
    await rulesBecome(cdp, ['unfilled-placeholder']);
    expect(await allowlist()).toEqual(before);
    // The page says where the phrases are allowed, and what to do to stop them on LinkedIn too.
    const allowedHere = page.getByRole('region', { name: 'Not flagged on this practice page' });
    await expect.poll(() => allowedHere.locator('li q').count()).toBeGreaterThan(0);
    await expect.poll(() => allowedHere.innerText()).toContain('on LinkedIn, Rapport still flags these words');
    const phrases = await allowedHere.locator('li q').allInnerTexts();

    // The live coach on LinkedIn still flags the same words.
    const linkedIn = await rapport.openLinkedIn('/messaging/thread/2-practice-allow/');
    const linkedInCdp = await rapport.context.newCDPSession(linkedIn);
    await typeInto(linkedIn, '[role="textbox"]', PRACTICE_DRAFT);
    await waitForRule(linkedInCdp, 'early-pitch');
    await linkedIn.close();

    await page.bringToFront();
    for (const phrase of phrases) await allowedHere.getByRole('button', { name: `Flag “${phrase}” again on this page` }).click();
    await rulesBecome(cdp, ['early-pitch', 'unfilled-placeholder']);
    expect(await allowedHere.count()).toBe(0);
    await writeTo(page, 'new');
    await rulesBecome(cdp, ['early-pitch', 'unfilled-placeholder']);
  });

  it('is reached from the options page and has no console errors', async () => {
    const options = await rapport.openExtensionPage(OPTIONS);
    await options.getByRole('link', { name: 'Practice page' }).click();
    await options.waitForURL(`chrome-extension://${rapport.extensionId}/${PRACTICE}`);
    await options.close();
    expect(rapport.consoleErrors).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  it(`the practice page has no axe violations in the ${scheme} theme, for each relationship, findings shown`, async () => {
    const rapport = await launchRapport({ colorScheme: scheme });
    try {
      const page = await rapport.openExtensionPage(PRACTICE);
      const cdp = await rapport.context.newCDPSession(page);
      await typeInto(page, '[role="textbox"]', PRACTICE_DRAFT);
      const found: string[] = [];
      for (const example of ['new', 'long', 'stranger'] as const) {
        await writeTo(page, example);
        await waitFor(async () => (await shownRules(cdp)).length > 0, 5_000, 'a finding');
        const { violations } = await new AxeBuilder({ page }).analyze();
        found.push(...violations.flatMap((v) => v.nodes.map((n) => `${example} ${v.id}: ${n.target.join(' ')}`)));
      }
      expect(found).toEqual([]);
    } finally {
      await rapport.close();
    }
  });
}
