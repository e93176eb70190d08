import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from './coach-support';
import { waitFor, type Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

const DAY = 86_400_000;

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** Both themes on the same page: prefers-color-scheme emulated, not a second browser. */
async function violationsInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page)).map((v) => `${colorScheme}: ${v}`));
  }
  return found;
}

describe('keep in touch on a cadence', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    extension = await rapport.openExtensionPage(OPTIONS);
    // The last touch was 40 days ago: on a monthly cadence, Mira is due.
    await seedContacts(extension, [{
      id: 'mira-holm', name: 'Mira Holm', wants: ['hiring designers'],
      history: [{ kind: 'sent', text: 'Congrats on the new role!', at: Date.now() - 41 * DAY }, { kind: 'received', text: 'Thank you so much!', at: Date.now() - 40 * DAY }],
    }]);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('a monthly cadence set in the card makes the contact due; the popup lists them with a give-first suggestion', async () => {
    const popup = await openPopup(rapport);
    expect(await popup.locator('#keep-title').count()).toBe(0);
    await openContact(popup, 'Mira Holm');
    // Keyboard only: focus the cadence choice and pick "a month".
    await popup.locator('#cadence').focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    // Two quick keys are two saves: the select stays on the last choice, and the last choice is stored.
    expect(await popup.locator('#cadence').inputValue()).toBe('1m');
    await popup.locator('.cadence [data-due-at]', { hasText: /^Due since /u }).waitFor();
    await waitFor(async () => {
      const { contact } = await ask<{ contact: { cadence: { every: string } | null } }>(extension, { type: 'contact.get', contactId: 'mira-holm' });
      return contact.cadence?.every === '1m';
    }, 5_000, 'a month stored');
    expect(await popup.locator('#cadence').inputValue()).toBe('1m');
    expect(await violationsInBothThemes(popup)).toEqual([]);
    await popup.close();

    const everyone = await openPopup(rapport);
    const item = everyone.locator('.keep-list li', { hasText: 'Mira Holm' });
    await item.waitFor();
    expect(await item.locator('.keep-suggestion').textContent()).toBe('Share something about hiring designers');
    expect(await item.textContent()).toContain('Thank you so much!');
    expect(await violationsInBothThemes(everyone)).toEqual([]);
    await everyone.close();
  });

  it('a logged touch resets it: no longer due', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Mira Holm');
    await popup.getByRole('button', { name: 'Log a give' }).click();
    await popup.locator('#quick-log-note').fill('sent a portfolio review checklist');
    await popup.keyboard.press('Enter');
    await popup.locator('.cadence [data-due-at]', { hasText: 'Next touch due' }).waitFor();
    await popup.close();

    const everyone = await openPopup(rapport);
    await everyone.locator('#keep-title').waitFor();
    expect(await everyone.locator('.keep-list li').count()).toBe(0);
    expect(await everyone.locator('#keep-title + p').textContent()).toBe('Nobody is due: you are keeping in touch.');
    const { due } = await ask<{ due: unknown[] }>(extension, { type: 'contacts.keepInTouch' });
    expect(due).toEqual([]);
    await everyone.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
