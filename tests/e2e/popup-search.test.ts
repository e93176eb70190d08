import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openPopup, sendAll, seedContacts } from './ui-helpers';

const DAY = 86_400_000;

describe('finding people and dormant ties in the popup', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    const seeder = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(seeder, [
      { id: 'jose-alvarez', name: 'José Álvarez', headline: 'CTO at Northwind Traders', wants: ['hiring advice'], haves: ['kubernetes'] },
      { id: 'ana-popescu', name: 'Ana Popescu', headline: 'Designer at Atelier' },
      {
        id: 'eva-dahl', name: 'Eva Dahl', headline: 'Founder',
        history: [{ kind: 'sent', text: 'Congrats on the launch!', at: Date.now() - 200 * DAY }, { kind: 'received', text: 'Thanks!', at: Date.now() - 199 * DAY }],
      },
      // Only ever written to, never answered: not a real exchange, so not "worth reconnecting".
      // A right-to-left override would show "Mallory Evil" as "Mallory liveE"; a zero-width space hides inside a look-alike.
      { id: 'mallory-spoof', name: 'Mallory \u202Elive\u202C E\u200Bve', headline: '\u2067Recruiter\u2069' },
      { id: 'olle-one-way', name: 'Olle Oneway', history: [{ kind: 'sent', text: 'Hello?', at: Date.now() - 200 * DAY }] },
    ]);
    await sendAll(seeder, [{ type: 'contact.update', contactId: 'ana-popescu', patch: { tags: ['conference'] } }]);
    await seeder.close();
  });

  afterAll(async () => {
    await rapport.close();
  });

  const search = async (query: string): Promise<string[]> => {
    const popup = await openPopup(rapport);
    await popup.locator('#search').pressSequentially(query);
    await popup.locator('#search ~ [role=status]:not(:empty)').waitFor();
    const names = await popup.locator('.search-results .contact-name').allInnerTexts();
    await popup.close();
    return names;
  };

  it('finds people as you type, by name without accents, by company and by tag', async () => {
    expect(await search('jose alv')).toEqual(['José Álvarez']);
    expect(await search('northwind')).toEqual(['José Álvarez']);
    expect(await search('conference')).toEqual(['Ana Popescu']);
    expect(await search('zzz')).toEqual([]);
  });

  it('shows names neutralised: no bidi override or zero-width character reaches the list', async () => {
    const popup = await openPopup(rapport);
    await popup.locator('#search').pressSequentially('mallory');
    await popup.locator('.search-results .contact-name').first().waitFor();
    expect(await popup.locator('.search-results .contact-name').allTextContents()).toEqual(['Mallory live Eve']);
    expect(await popup.locator('.search-results .contact-headline').allTextContents()).toEqual(['Recruiter']);
    expect(await popup.locator('.search-results .contact-name').evaluateAll((nodes) => nodes.map((n) => n.tagName))).toEqual(['BDI']);
    await popup.close();
  });

  it('finds people by what they want and what they have', async () => {
    expect(await search('hiring advice')).toEqual(['José Álvarez']);
    expect(await search('kubernetes')).toEqual(['José Álvarez']);
  });

  it('suggests reconnecting with a dormant tie that had a real exchange, and suggests giving first', async () => {
    const popup = await openPopup(rapport);
    await popup.locator('.reconnect-list').waitFor();
    expect(await popup.locator('.reconnect-list .contact-name').allInnerTexts()).toEqual(['Eva Dahl']);
    expect(await popup.locator('#reconnect-title ~ p').first().innerText()).toMatch(/Start with a give/u);
    await popup.locator('.reconnect-list .contact-button').click();
    await popup.locator('article.contact h1', { hasText: 'Eva Dahl' }).waitFor();
    await popup.close();
  });

  it("counts this month's gives, intros, asks and replies, and calls it active or passive", async () => {
    const popup = await openPopup(rapport);
    const stat = (k: string) => popup.locator(`.stat-${k} dd`).innerText();
    await popup.locator('.verdict').waitFor();
    const before = Number(await stat('asked'));
    await popup.close();

    const seeder = await rapport.openExtensionPage(OPTIONS);
    await sendAll(seeder, [
      { type: 'interaction.record', contactId: 'ana-popescu', kind: 'asked', text: 'a referral' },
      { type: 'interaction.record', contactId: 'ana-popescu', kind: 'asked', text: 'a quote' },
    ]);
    await seeder.close();
    const again = await openPopup(rapport);
    await again.locator('.verdict').waitFor();
    expect(Number(await again.locator('.stat-asked dd').innerText())).toBe(before + 2);
    expect(await again.locator('.verdict').innerText()).toMatch(/More asks than gives/u);
    await again.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
