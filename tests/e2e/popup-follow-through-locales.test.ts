import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask } from './coach-support';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';
import { patternsFor, shownText } from './visible-text';

/*
 * The follow-through sections of the popup (promises, keep in touch, the invitation meter, a
 * contact's boundaries) in every locale: each string from that locale's messages, and no axe
 * violation in light or dark.
 */

const LOCALES = ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es'] as const;
const DAY = 86_400_000;

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function bothSchemes(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    out[colorScheme] = await violations(page);
  }
  return out;
}

describe('follow-through in the popup, in every locale, light and dark', () => {
  for (const locale of LOCALES) {
    it(`${locale}: promises, keep in touch, the invitation meter and boundaries`, async () => {
      const rapport = await launchInLanguage(locale);
      try {
        const options = await rapport.openExtensionPage(OPTIONS);
        await seedContacts(options, [
          { id: 'jordan-lee', name: 'Jordan Lee', history: [{ kind: 'sent', text: "I'll send you the deck tomorrow.", at: Date.now() - 5 * DAY }] },
          { id: 'eva-dahl', name: 'Eva Dahl', wants: ['pricing research'], history: [{ kind: 'sent', text: 'Congrats!', at: Date.now() - 50 * DAY }] },
        ]);
        await ask(options, { type: 'contact.update', contactId: 'eva-dahl', patch: { cadence: '1m' } });
        const away = new Date(Date.now() + 9 * DAY).toISOString().slice(0, 10);
        await ask(options, { type: 'contact.update', contactId: 'jordan-lee', patch: { boundaries: { noPitches: true, awayUntil: away, otherChannel: 'Signal' } } });
        const patterns = patternsFor(locale);
        const foreign = (texts: string[]): string[] => texts.filter((text) => !patterns.some((p) => p.test(text)));

        const popup = await openPopup(rapport);
        await popup.locator('.promises .promise-item').first().waitFor();
        await popup.locator('.keep-list li').first().waitFor();
        await popup.locator('#invitation-meter').waitFor();
        expect(foreign(await shownText(popup)), `${locale} everyone`).toEqual([]);
        expect(await bothSchemes(popup), `${locale} everyone`).toEqual({ light: [], dark: [] });

        await popup.emulateMedia({ colorScheme: 'light' });
        await openContact(popup, 'Jordan Lee');
        await popup.locator('.boundary-summary [data-boundary="channel"]').waitFor();
        expect(await popup.locator('.boundary-summary li').count()).toBe(3);
        expect(foreign(await shownText(popup)), `${locale} card`).toEqual([]);
        expect(await bothSchemes(popup), `${locale} card`).toEqual({ light: [], dark: [] });
        expect(rapport.consoleErrors).toEqual([]);
      } finally {
        await rapport.close();
      }
    });
  }
});
