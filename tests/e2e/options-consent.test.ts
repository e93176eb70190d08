import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

const SIGNUP = 'Hi Ana, I added you to our newsletter list, so you will get the first issue on Monday.';

describe('consent recorded in the popup, seen by the coach', () => {
  let rapport: Rapport;
  let options: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    options = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(options, [{
      id: 'ana-popescu',
      name: 'Ana Popescu',
      history: [{ kind: 'sent', text: 'Hi Ana, loved your talk.' }, { kind: 'received', text: 'Thank you!' }],
    }]);
  });

  afterAll(async () => {
    await rapport.close();
  });

  const signupWarnings = () => options.locator('#preview [data-rule="no-consent-signup"]').count();

  it("warns about a sign-up in the preview while the contact's consent was never asked", async () => {
    await options.locator('#preview-contact').fill('Ana');
    await options.locator('#preview [data-contact-id="ana-popescu"]').click();
    await expect.poll(() => options.locator('.preview-contact-chosen').innerText()).toContain('Ana Popescu');
    expect(await options.locator('#preview-consent').inputValue()).toBe('null');
    await options.locator('#preview-text').fill(SIGNUP);
    await expect.poll(signupWarnings).toBeGreaterThan(0);
    expect(await options.locator('#preview mark').first().innerText()).toMatch(/added you to our newsletter/iu);
  });

  it('stops warning once the popup records that they said yes', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    await popup.getByRole('radio', { name: 'Yes' }).check();
    await popup.getByLabel('How and where they said so').fill('Said yes in a message');
    await popup.getByLabel('How and where they said so').press('Tab');
    await expect.poll(() => popup.locator('.consent').innerText()).toMatch(/Recorded on/u);
    await popup.close();

    await options.bringToFront();
    await expect.poll(signupWarnings).toBe(0);
    expect(await options.locator('#preview-consent').inputValue()).toBe('true');
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
