import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

describe('notes in the popup', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    const seeder = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(seeder, [{ id: 'ana-popescu', name: 'Ana Popescu', headline: 'Product designer' }]);
    await seeder.close();
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('keeps a note typed right up to the moment the popup closes', async () => {
    const note = 'Met at the Lisbon meetup; loves sailing, ask about the regatta';
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.locator('#notes').pressSequentially(note, { delay: 10 });
    // Closed well inside the 300 ms debounce: only the flush on pagehide/blur can have saved the end.
    await popup.close();

    const again = await openPopup(rapport);
    await openContact(again, 'Ana Popescu');
    await expect.poll(() => again.locator('#notes').inputValue()).toBe(note);
    await again.close();
  });

  it('saves while typing without the popup closing, and says so', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.locator('#notes').fill('Prefers email over calls');
    await expect.poll(() => popup.locator('#notes ~ [role=status]').innerText()).toBe('Saved');

    const other = await openPopup(rapport);
    await openContact(other, 'Ana Popescu');
    expect(await other.locator('#notes').inputValue()).toBe('Prefers email over calls');
    await Promise.all([popup.close(), other.close()]);
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
