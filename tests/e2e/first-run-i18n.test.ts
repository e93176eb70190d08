import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRACTICE, smallLinkedInExport, WELCOME, writeTo } from './first-run';
import { launchInLanguage } from './ui-helpers';
import { patternsFor, shownText } from './visible-text';

const LOCALES = ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es'] as const;

async function screens(page: Page, steps: { name: string; show: () => Promise<void> }[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const step of steps) {
    await step.show();
    out[step.name] = await shownText(page);
  }
  return out;
}

describe('the welcome and practice pages speak the browser language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every visible string on both pages comes from ${locale}'s messages`, async () => {
      const rapport = await launchInLanguage(locale);
      try {
        const welcome = await rapport.openExtensionPage(WELCOME);
        await welcome.locator('#coach-language').waitFor();
        const practice = await rapport.openExtensionPage(PRACTICE);
        await practice.locator('[role="textbox"]').waitFor();
        const shown = {
          ...(await screens(welcome, [
            { name: 'welcome', show: async () => {} },
            { name: 'welcome, imported', show: async () => {
              await welcome.locator('#import-linkedin').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(smallLinkedInExport()) });
              await welcome.locator('.linkedin-import-result p').first().waitFor({ timeout: 15_000 });
            } },
          ])),
          ...(await screens(practice, [
            { name: 'practice, a new connection', show: async () => {
              await practice.locator('.composer-footer button[type="button"]').click();
            } },
            { name: 'practice, a long-time contact', show: () => writeTo(practice, 'long') },
            { name: 'practice, an invitation, sent', show: async () => {
              await writeTo(practice, 'stranger');
              await practice.locator('.composer-footer button[type="submit"]').click();
              await practice.locator('.thread [role="status"]:not(:empty)').waitFor();
            } },
          ])),
        };
        const patterns = patternsFor(locale);
        for (const [screen, texts] of Object.entries(shown)) {
          expect(texts.length, screen).toBeGreaterThan(8);
          expect(texts.filter((text) => !patterns.some((p) => p.test(text))), `${locale} ${screen}: not from _locales`).toEqual([]);
        }
        for (const page of [welcome, practice]) expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(rapport.consoleErrors).toEqual([]);
      } finally {
        await rapport.close();
      }
    });
  }
});
