import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts, sendAll } from './ui-helpers';

interface Stored {
  contact: { wants: string[]; haves: string[] };
  interactions: { kind: string; snippet: string }[];
  balance: { gave: number; asked: number };
}

describe('the popup writes the ledger and the wants/haves it shows', () => {
  let rapport: Rapport;
  let seeder: Page;

  const stored = async (id: string): Promise<Stored> => (await sendAll(seeder, [{ type: 'contact.get', contactId: id }]))[0] as Stored;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    seeder = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(seeder, [
      { id: 'ana-popescu', name: 'Ana Popescu', headline: 'Product designer' },
      { id: 'sven-aberg', name: 'Sven Åberg', headline: 'Data engineer' },
    ]);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('"Log a give" with a note records a give with that note, counted in the balance', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.getByRole('button', { name: 'Log a give' }).click();
    await popup.getByLabel('What did you give? (optional)').fill('Sent her the hiring checklist');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.quick-log [role=status]').innerText()).toBe('Logged.');
    // The form closes once the give is stored.
    expect(await popup.getByLabel('What did you give? (optional)').count()).toBe(0);

    const { interactions, balance } = await stored('ana-popescu');
    expect(interactions.filter((i) => i.kind === 'gave').map((i) => i.snippet)).toEqual(['Sent her the hiring checklist']);
    expect(balance).toEqual({ gave: 1, asked: 0 });
    await popup.close();
  });

  it('"Log an ask" without a note records an ask, and nothing else', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.getByRole('button', { name: 'Log an ask' }).click();
    await popup.getByLabel('What did you ask for? (optional)').waitFor();
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.quick-log [role=status]').innerText()).toBe('Logged.');
    const { interactions, balance } = await stored('ana-popescu');
    expect(interactions.map((i) => i.kind).sort()).toEqual(['asked', 'gave']);
    expect(balance).toEqual({ gave: 1, asked: 1 });
    await popup.close();
  });

  it('Cancel logs nothing', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Sven Åberg');
    await popup.getByRole('button', { name: 'Log a give' }).click();
    await popup.getByLabel('What did you give? (optional)').fill('never mind');
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByRole('button', { name: 'Log an ask' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).click();
    expect((await stored('sven-aberg')).interactions).toEqual([]);
    await popup.close();
  });

  it('wants and haves typed in the popup are stored, and are there when the popup opens again', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Sven Åberg');
    await popup.locator('#wants').fill('A mentor in data governance');
    await popup.locator('#wants').press('Enter');
    await popup.locator('#haves').fill('Spark tuning');
    await popup.locator('#haves').press('Enter');
    await popup.locator('#haves').fill('Swedish lessons');
    await popup.locator('#haves').press(',');
    await expect.poll(async () => (await stored('sven-aberg')).contact).toMatchObject({
      wants: ['A mentor in data governance'],
      haves: ['Spark tuning', 'Swedish lessons'],
    });
    await popup.close();

    const again = await openPopup(rapport);
    await openContact(again, 'Sven Åberg');
    expect(await again.locator('ul[aria-label="Looking for"] .tag > span:first-child').allInnerTexts()).toEqual(['A mentor in data governance']);
    expect(await again.locator('ul[aria-label="Can offer"] .tag > span:first-child').allInnerTexts()).toEqual(['Spark tuning', 'Swedish lessons']);
    // Removing one is saved too.
    await again.getByRole('button', { name: /Spark tuning/u }).click();
    await expect.poll(async () => (await stored('sven-aberg')).contact.haves).toEqual(['Swedish lessons']);
    await again.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
