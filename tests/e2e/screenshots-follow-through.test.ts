import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openContact, openPopup, seedContacts, sendAll } from './ui-helpers';

/** Like screenshots.test.ts: artifacts/screenshots on every run, docs/screenshots with UPDATE_SCREENSHOTS=1. */
const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'artifacts/screenshots';
const DAY = 86_400_000;

for (const scheme of ['light', 'dark'] as const) {
  describe(`follow-through screenshots (${scheme})`, () => {
    let rapport: Rapport;
    let seeder: Page;

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      rapport = await launchInLanguage('en', { colorScheme: scheme });
      seeder = await rapport.openExtensionPage(OPTIONS);
      await seedContacts(seeder, [
        {
          id: 'jordan-lee', name: 'Jordan Lee', headline: 'Head of Product at Northwind', wants: ['design mentor'],
          history: [
            { kind: 'received', text: 'Would love to see the research summary.', at: Date.now() - 6 * DAY },
            { kind: 'sent', text: "Thanks Jordan! I'll send you the research summary tomorrow.", at: Date.now() - 5 * DAY },
            { kind: 'sent', text: "I'll introduce you to Ana next week.", at: Date.now() - DAY },
          ],
        },
        {
          id: 'emilie-dubois', name: 'Émilie Dubois', headline: 'Partnerships at Lumen', wants: ['pricing research'],
          history: [{ kind: 'sent', text: 'Congratulations on the new role!', at: Date.now() - 50 * DAY }, { kind: 'received', text: 'Thanks, let us catch up soon', at: Date.now() - 49 * DAY }],
        },
      ]);
      await sendAll(seeder, [
        { type: 'contact.update', contactId: 'emilie-dubois', patch: { cadence: '1m' } },
        {
          type: 'contact.update', contactId: 'jordan-lee',
          patch: { cadence: '3m', boundaries: { noPitches: true, awayUntil: new Date(Date.now() + 12 * DAY).toISOString().slice(0, 10), otherChannel: 'email for anything long' } },
        },
      ]);
    });

    afterAll(async () => {
      await rapport.close();
    });

    it('the popup with nobody on screen: promises due, time to get in touch, invitations this week', async () => {
      const popup = await openPopup(rapport, { width: 380, height: 600 });
      await popup.locator('.promises .promise-item').first().waitFor();
      await popup.locator('.keep-list li').first().waitFor();
      await popup.locator('#invitation-meter').waitFor();
      const shot = await popup.screenshot({ fullPage: true });
      writeFileSync(`${OUT}/popup-follow-through-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await popup.close();
    });

    it('a contact card: its boundaries at the top, open promises, the boundaries form, cadence', async () => {
      const popup = await openPopup(rapport, { width: 380, height: 600 });
      await openContact(popup, 'Jordan Lee');
      await popup.locator('.promises .promise-item').first().waitFor();
      expect(await popup.locator('.boundary-summary li').count()).toBe(3);
      const shot = await popup.screenshot({ fullPage: true });
      writeFileSync(`${OUT}/popup-card-follow-through-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await popup.close();
    });
  });
}
