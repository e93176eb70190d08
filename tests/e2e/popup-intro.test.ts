import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

describe('introductions from the popup', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    const seeder = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(seeder, [
      { id: 'ana-popescu', name: 'Ana Popescu', wants: ['Design mentor'], haves: ['UX research'] },
      { id: 'bob-berg', name: 'Bob Berg', haves: ['design mentor'] },
      { id: 'cleo-lind', name: 'Cleo Lind', wants: ['ux research'] },
      { id: 'dan-noone', name: 'Dan Noone', wants: ['gardening'] },
    ]);
    await seeder.close();
  });

  afterAll(async () => {
    await rapport.close();
  });

  it("suggests the people whose haves match this person's wants, and the other way round", async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    const suggested = popup.locator('.intro-item .contact-name');
    await expect.poll(() => suggested.allInnerTexts()).toEqual(expect.arrayContaining(['Bob Berg', 'Cleo Lind']));
    expect(await suggested.allInnerTexts()).not.toContain('Dan Noone');
    await popup.close();
  });

  it('records an introduction on both people', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.getByRole('button', { name: 'Introduce Bob Berg' }).click();
    await expect.poll(() => popup.locator('#intro-title ~ [role=status]').innerText())
      .toBe('Introduction of Ana Popescu and Bob Berg recorded for both.');
    await expect.poll(() => popup.locator('.timeline .kind-intro').count()).toBe(1);

    await popup.getByRole('button', { name: /All contacts/u }).click();
    await openContact(popup, 'Bob Berg');
    await expect.poll(() => popup.locator('.timeline .kind-intro').count()).toBe(1);
    // An introduction is a give, for both of them.
    expect(await popup.locator('.balance-sentence').innerText()).toBe('You have given once and asked nothing yet.');
    await popup.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
