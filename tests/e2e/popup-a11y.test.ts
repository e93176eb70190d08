import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeInto, waitForRule } from './coach-support';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openActionPopup, openContact, openPopup, seedContacts, type SeedContact } from './ui-helpers';

const DAY = 86_400_000;
const PEOPLE: SeedContact[] = [
  {
    id: 'ana-popescu', name: 'Ana Popescu', headline: 'Product designer at Atelier', wants: ['design mentor'], haves: ['UX research'],
    history: [{ kind: 'sent', text: 'Hi Ana, loved your talk.' }, { kind: 'received', text: 'Thank you!' }, { kind: 'asked', text: 'an intro to Bob' }],
  },
  { id: 'bob-berg', name: 'Bob Berg', headline: 'Design lead', haves: ['design mentor'] },
  {
    id: 'eva-dahl', name: 'Eva Dahl', headline: 'Founder, Fjord Labs',
    history: [{ kind: 'sent', text: 'Congrats on the launch!', at: Date.now() - 200 * DAY }, { kind: 'received', text: 'Thanks!', at: Date.now() - 199 * DAY }],
  },
];

/** What axe found, one line per violation and node, so a failure names what to fix. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/**
 * Tabs through the page, at most `count` times, until the focus leaves it; for each stop: what has
 * the focus and whether it shows an outline.
 */
async function tabStops(page: Page, count: number): Promise<{ what: string; outlined: boolean }[]> {
  const stops: { what: string; outlined: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    stops.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : null;
      const what = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` : 'none';
      return { what, outlined: style !== null && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    }));
  }
  return stops;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`the popup in the ${scheme} theme`, () => {
    let rapport: Rapport;

    beforeAll(async () => {
      rapport = await launchInLanguage('en', { colorScheme: scheme, routes: { '/messaging/thread/': 'coach-thread.html' } });
      const seeder = await rapport.openExtensionPage(OPTIONS);
      await seedContacts(seeder, PEOPLE);
      await seeder.close();
    });

    afterAll(async () => {
      await rapport.close();
    });

    it(`follows prefers-color-scheme (${scheme} background)`, async () => {
      const popup = await openPopup(rapport);
      const [r = 0, g = 0, b = 0] = (await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/gu)?.map(Number) ?? [];
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      expect(scheme === 'dark' ? luminance < 0.2 : luminance > 0.8).toBe(true);
      await popup.close();
    });

    it('has no axe violations with nobody on screen, results shown', async () => {
      const popup = await openPopup(rapport);
      await popup.getByRole('searchbox').fill('a');
      await popup.locator('.search-results').waitFor();
      await popup.locator('.reconnect-list').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    it('has no axe violations on a contact card, a give being logged', async () => {
      const popup = await openPopup(rapport);
      await openContact(popup, 'Ana Popescu');
      await popup.locator('.intro-item').first().waitFor();
      await popup.getByRole('button', { name: 'Log a give' }).click();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    it('has no axe violations in the toolbar popup over a conversation with a flagged draft', async () => {
      const thread = await rapport.openLinkedIn('/messaging/thread/2-a11y/');
      await typeInto(thread, '[role="textbox"]', 'Hi Jordan, I added you to our newsletter list. Can we book a demo of our platform?');
      await waitForRule(await rapport.context.newCDPSession(thread), 'no-consent-signup');
      const popup = await openActionPopup(rapport, thread, scheme);
      await popup.until(`document.querySelector('.findings [data-rule]') && document.querySelector('.intro-list, #intro-title ~ p')`);
      expect(await popup.evaluate('getComputedStyle(document.body).backgroundColor')).toBe(scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)');
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await popup.evaluate(axeSource);
      const found = await popup.evaluate<string[]>(`axe.run(document).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))))`);
      expect(found).toEqual([]);
      await popup.close();
      await thread.close();
    });

    it('works from the keyboard alone, with a visible focus ring at every stop', async () => {
      const popup = await openPopup(rapport);
      const focused = () => popup.evaluate(() => `${document.activeElement?.tagName.toLowerCase()} ${document.activeElement?.textContent ?? ''}`);
      // The search has the focus as the popup opens: type a name at once. (autofocus on an element
      // the page renders is applied at the browser's next rendering step, hence the wait.)
      await popup.waitForFunction(() => document.activeElement?.id === 'search', undefined, { timeout: 2_000 });
      await popup.keyboard.type('Ana');
      await popup.locator('.search-results').waitFor();
      const toResult = await tabStops(popup, 1);
      expect(toResult[0]?.what).toMatch(/^button .*Ana Popescu/u);
      await popup.keyboard.press('Enter');
      await expect.poll(focused).toBe('h1 Ana Popescu');

      const card = await tabStops(popup, 30);
      expect(card.filter((s) => !s.outlined)).toEqual([]);
      const reached = card.map((s) => s.what).join('\n');
      for (const expected of [/Log a give/u, /textarea#notes/u, /input/u, /input#wants/u, /Introduce Bob Berg/u]) {
        expect(reached).toMatch(expected);
      }
      // Back to the list, the search as it was, from the keyboard.
      await popup.locator('article.contact h1').focus();
      await popup.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('button ← All contacts');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('#search').inputValue()).toBe('Ana');
      await popup.locator('.search-results .contact-button').first().press('Enter');
      await expect.poll(focused).toBe('h1 Ana Popescu');

      // Wants are added with Enter and removed with their own button, all without a mouse.
      await popup.locator('#wants').focus();
      await popup.keyboard.type('hiring advice');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('.tags').first().locator('.tag').allInnerTexts()).toEqual(['design mentor\n×', 'hiring advice\n×']);
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('.tags').first().locator('.tag').count()).toBe(1);
      await popup.close();
    });

    it('leaves no console errors behind', () => {
      expect(rapport.consoleErrors).toEqual([]);
    });
  });
}
