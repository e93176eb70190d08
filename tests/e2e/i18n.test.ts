import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts, type SeedContact } from './ui-helpers';
import { patternsFor, shownText } from './visible-text';

const LOCALES = ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es'] as const;
const DAY = 86_400_000;
const PEOPLE: SeedContact[] = [
  {
    id: 'ana-popescu', name: 'Ana Popescu', headline: 'Product designer', wants: ['design mentor'], haves: ['UX research'],
    history: [
      { kind: 'sent', text: 'Hi Ana' }, { kind: 'received', text: 'Hello!' }, { kind: 'asked', text: 'an intro' }, { kind: 'asked', text: 'feedback' },
    ],
  },
  { id: 'bob-berg', name: 'Bob Berg', haves: ['design mentor'] },
  {
    id: 'eva-dahl', name: 'Eva Dahl',
    history: [{ kind: 'sent', text: 'Congrats!', at: Date.now() - 200 * DAY }, { kind: 'received', text: 'Thanks!', at: Date.now() - 199 * DAY }],
  },
];

async function everyScreen(page: Page, screens: { name: string; show: () => Promise<void> }[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const screen of screens) {
    await screen.show();
    out[screen.name] = await shownText(page);
  }
  return out;
}

describe('the popup and the options page speak the browser language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every visible string comes from ${locale}'s messages, nothing hard-coded, nothing missing`, async () => {
      const rapport = await launchInLanguage(locale);
      try {
        const options = await rapport.openExtensionPage(OPTIONS);
        await seedContacts(options, PEOPLE);
        const popup = await openPopup(rapport);
        const shown = {
          ...(await everyScreen(popup, [
            { name: 'popup, everyone', show: async () => {
              await popup.locator('#search').fill('e');
              await popup.locator('.search-results').waitFor();
              await popup.locator('.reconnect-list').waitFor();
            } },
            { name: 'popup, a card', show: async () => {
              await openContact(popup, 'Ana Popescu');
              await popup.locator('.intro-item').waitFor();
              await popup.locator('.quick-log button').first().click();
            } },
          ])),
          ...(await everyScreen(options, [
            { name: 'options', show: async () => {
              await options.locator('#preview-text').fill('Hi {first_name}, I added you to our newsletter. Can we book a demo?');
              await options.locator('#preview .finding').first().waitFor();
              await options.locator('#import-json').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
              await options.locator('.import-json-error').waitFor();
            } },
          ])),
        };
        const patterns = patternsFor(locale);
        for (const [screen, texts] of Object.entries(shown)) {
          expect(texts.length, screen).toBeGreaterThan(12);
          expect(texts.filter((text) => !patterns.some((p) => p.test(text))), `${locale} ${screen}: not from _locales`).toEqual([]);
        }
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await options.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(rapport.consoleErrors).toEqual([]);
      } finally {
        await rapport.close();
      }
    });
  }

  it('asks chrome.i18n only for message keys that exist: Firefox logs every unknown one (issue 13)', async () => {
    const rapport = await launchInLanguage('ro');
    try {
      // Before any page script: every key the pages ask for, counts and plurals included.
      await rapport.context.addInitScript(() => {
        const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, subs?: unknown): string } } }).chrome.i18n;
        const real = i18n.getMessage.bind(i18n);
        const asked: string[] = [];
        Object.assign(globalThis, { askedKeys: asked });
        i18n.getMessage = (key, subs) => {
          asked.push(key);
          return real(key, subs);
        };
      });
      const options = await rapport.openExtensionPage(OPTIONS);
      await seedContacts(options, PEOPLE);
      await options.locator('#preview-text').fill('Hi {first_name}, I added you to our newsletter. Can we book a demo?');
      await options.locator('#preview .finding').first().waitFor();
      const popup = await openPopup(rapport);
      await popup.locator('#search').fill('a');
      await popup.locator('.search-results').waitFor();
      await openContact(popup, 'Ana Popescu');
      await popup.locator('.balance-sentence').waitFor();
      const messages = JSON.parse(readFileSync('public/_locales/ro/messages.json', 'utf8')) as Record<string, unknown>;
      const asked = [
        ...(await options.evaluate(() => (globalThis as unknown as { askedKeys: string[] }).askedKeys)),
        ...(await popup.evaluate(() => (globalThis as unknown as { askedKeys: string[] }).askedKeys)),
      ];
      // The plural families were asked for (so this looked where the bug was), and nothing that does not exist.
      expect(asked.filter((k) => /_(?:one|few|other|n\d+)$/u.test(k)).length).toBeGreaterThan(2);
      expect([...new Set(asked.filter((k) => !(k in messages) && !k.startsWith('@@')))]).toEqual([]);
    } finally {
      await rapport.close();
    }
  });

  it('falls back to English for a browser language Rapport does not speak', async () => {
    const rapport = await launchInLanguage('pt-BR');
    try {
      const popup = await openPopup(rapport);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await popup.locator('#search-title').innerText()).toBe('Find a contact');
    } finally {
      await rapport.close();
    }
  });
});
