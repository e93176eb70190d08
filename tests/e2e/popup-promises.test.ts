import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, badgeText, typeInto } from './coach-support';
import { waitFor, type Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

const DAY = 86_400_000;
const EDITOR = '[role="textbox"]';
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`promises in the popup (${scheme})`, () => {
    let rapport: Rapport;
    let extension: Page;

    beforeAll(async () => {
      rapport = await launchInLanguage('en', { colorScheme: scheme, routes: { '/messaging/thread/': 'coach-thread.html' } });
      extension = await rapport.openExtensionPage(OPTIONS);
      // Eva was promised a deck "tomorrow", five days ago: overdue since four days.
      await seedContacts(extension, [{
        id: 'eva-dahl', name: 'Eva Dahl', history: [{ kind: 'sent', text: "Thanks Eva! I'll send you the deck tomorrow.", at: Date.now() - 5 * DAY }],
      }]);
    });

    afterAll(async () => {
      await rapport.close();
    });

    it('with nobody on screen, everyone\'s overdue promise is listed, keyboard reachable, with no axe violations', async () => {
      const popup = await openPopup(rapport);
      const item = popup.locator('.promises .promise-item', { hasText: "I'll send you the deck tomorrow" });
      await item.waitFor();
      expect(await item.locator('.contact-name').textContent()).toBe('Eva Dahl');
      expect(await item.locator('[data-due]').getAttribute('data-due')).toBe(utcDay(Date.now() - 4 * DAY));
      expect(await item.locator('[data-due]').textContent()).toMatch(/^Overdue since /u);
      expect(await violations(popup)).toEqual([]);
      // The buttons say which promise they close.
      await item.getByRole('button', { name: 'Not needed' }).focus();
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toMatch(/^promise-\d+$/u);
      await popup.close();
    });

    if (scheme === 'dark') return;

    it('the badge shows the overdue promise while the draft has no finding', async () => {
      const thread = await rapport.openLinkedIn('/messaging/thread/2-badge/');
      await typeInto(thread, EDITOR, 'Thanks!');
      await waitFor(async () => (await badgeText(rapport, thread)) === '1', 5_000, 'the badge counting one overdue promise');
      await thread.close();
    });

    it('a promise sent in a thread is due on the right day in the card, and "done" records a give', async () => {
      const thread = await rapport.openLinkedIn('/messaging/thread/2-promise/');
      const sentAt = Date.now();
      await typeInto(thread, EDITOR, "Great talking today! I'll send you the report tomorrow.");
      await thread.keyboard.press('Enter');
      await waitFor(async () => {
        const { promises } = await ask<{ promises: unknown[] }>(extension, { type: 'promises.list', contactId: 'jordan-lee' });
        return promises.length === 1;
      }, 5_000, 'the promise stored');

      const popup = await openPopup(rapport);
      await openContact(popup, 'Jordan Lee');
      const item = popup.locator('.promises .promise-item');
      await item.waitFor();
      expect(await item.locator('.promise-text').textContent()).toBe("I'll send you the report tomorrow");
      expect([utcDay(sentAt + DAY), utcDay(Date.now() + DAY)]).toContain(await item.locator('[data-due]').getAttribute('data-due'));
      expect(await violations(popup)).toEqual([]);

      // Keyboard only: the Done button, then Enter.
      await item.getByRole('button', { name: 'Done' }).focus();
      await popup.keyboard.press('Enter');
      await popup.getByRole('status').filter({ hasText: 'Promise kept' }).waitFor();
      expect(await popup.locator('.promises .promise-item').count()).toBe(0);
      // The focus did not fall to the page: it is on the list's heading.
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('promises-title');
      const view = await ask<{ balance: { gave: number }; interactions: { kind: string }[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' });
      expect(view.balance.gave).toBe(1);
      expect(view.interactions[0]?.kind).toBe('gave');
      await popup.close();
      await thread.close();
    });

    it('leaves no console errors behind', () => {
      expect(rapport.consoleErrors).toEqual([]);
    });
  });
}
