import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeInto, waitForRule } from './coach-support';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openActionPopup, openPopup, seedContacts, type SeedContact } from './ui-helpers';
import { PRACTICE, WELCOME } from './first-run';

/**
 * Every run writes the screenshots to artifacts/screenshots; the README shows the copies in
 * docs/screenshots, refreshed on purpose with `UPDATE_SCREENSHOTS=1 npm run e2e`, so a test run
 * does not leave a dozen changed images behind.
 */
const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'artifacts/screenshots';
const DAY = 86_400_000;
const DRAFT = 'Hi Jordan, great to connect! I added you to our newsletter list. Could you introduce me to your CTO?';
const PEOPLE: SeedContact[] = [
  {
    id: 'jordan-lee', name: 'Jordan Lee', headline: 'Head of Product at Northwind', wants: ['design mentor'], haves: ['pricing research'],
    notes: 'Met at ProductCamp Lisbon. Training for a marathon.',
    history: [
      { kind: 'sent', text: 'Loved your talk on discovery interviews', at: Date.now() - 20 * DAY },
      { kind: 'received', text: 'Thank you! Happy to share the slides.', at: Date.now() - 19 * DAY },
      { kind: 'asked', text: 'Feedback on our onboarding flow', at: Date.now() - 10 * DAY },
      { kind: 'asked', text: 'A quote for our case study', at: Date.now() - 3 * DAY },
    ],
  },
  { id: 'ana-popescu', name: 'Ana Popescu', headline: 'Design lead at Atelier', haves: ['design mentor'] },
  { id: 'sven-aberg', name: 'Sven Åberg', headline: 'Founder, Fjord Labs', wants: ['pricing research'] },
  {
    id: 'emilie-dubois', name: 'Émilie Dubois', headline: 'Partnerships at Lumen',
    history: [
      { kind: 'sent', text: 'Congratulations on the new role!', at: Date.now() - 150 * DAY },
      { kind: 'received', text: 'Thanks, let us catch up soon', at: Date.now() - 149 * DAY },
      { kind: 'gave', text: 'Introduced her to Ana', at: Date.now() - 140 * DAY },
    ],
  },
  {
    id: 'ngozi-okafor', name: 'Ngozi Okafor', headline: 'Engineering manager',
    history: [
      { kind: 'sent', text: 'Your post on on-call rotations was spot on', at: Date.now() - 120 * DAY },
      { kind: 'received', text: 'Glad it helped!', at: Date.now() - 118 * DAY },
    ],
  },
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`screenshots, ${scheme}`, () => {
    let rapport: Rapport;
    let thread: Page;

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      rapport = await launchInLanguage('en', { colorScheme: scheme, routes: { '/messaging/thread/': 'coach-thread.html' } });
      const seeder = await rapport.openExtensionPage(OPTIONS);
      await seedContacts(seeder, PEOPLE);
      await seeder.close();
      thread = await rapport.openLinkedIn('/messaging/thread/2-screenshot/');
      await thread.setViewportSize({ width: 680, height: 640 });
      // LinkedIn's own dark mode, roughly: the panel takes its colours from what the page painted.
      if (scheme === 'dark') {
        await thread.addStyleTag({ content: 'html { color-scheme: dark } body { background: #1b1f23; color: #e8e8e8 } a { color: #71b7fb } .msg-convo-wrapper, .msg-title-bar { border-color: #3d4349 }' });
      }
      await typeInto(thread, '[role="textbox"]', DRAFT);
      await waitForRule(await rapport.context.newCDPSession(thread), 'no-consent-signup');
    });

    afterAll(async () => {
      await rapport.close();
    });

    it('the warning panel beside a LinkedIn composer', async () => {
      const shot = await thread.screenshot();
      writeFileSync(`${OUT}/warning-panel-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
    });

    it('the toolbar popup with the person on screen', async () => {
      const popup = await openActionPopup(rapport, thread, scheme);
      await popup.until(`document.querySelector('.findings [data-rule]') && document.querySelector('.intro-item') && document.querySelector('.timeline')`);
      const shot = await popup.screenshot();
      writeFileSync(`${OUT}/popup-contact-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await popup.close();
    });

    it('the popup with nobody on screen', async () => {
      const popup = await openPopup(rapport, { width: 380, height: 600 });
      await popup.locator('#search').fill('an');
      await popup.locator('.search-results').waitFor();
      await popup.locator('.reconnect-list').waitFor();
      await popup.locator('#search').blur();
      const shot = await popup.screenshot({ fullPage: true });
      writeFileSync(`${OUT}/popup-everyone-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await popup.close();
    });

    it('the options page, rules beside the live preview', async () => {
      const options = await rapport.openExtensionPage(OPTIONS);
      await options.setViewportSize({ width: 1280, height: 900 });
      await options.locator('#preview-contact').fill('Jordan');
      await options.locator('#preview [data-contact-id="jordan-lee"]').click();
      await options.locator('.preview-contact-chosen').waitFor();
      await options.locator('#preview-text').fill(DRAFT);
      await options.locator('#preview .finding').first().waitFor();
      await options.locator('#preview-text').blur();
      const shot = await options.screenshot();
      writeFileSync(`${OUT}/options-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await options.close();
    });

    it('the welcome page a fresh install opens', async () => {
      const welcome = await rapport.openExtensionPage(WELCOME);
      await welcome.setViewportSize({ width: 900, height: 900 });
      await welcome.locator('#coach-language').waitFor();
      const shot = await welcome.screenshot({ fullPage: true });
      writeFileSync(`${OUT}/welcome-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await welcome.close();
    });

    it('the practice page, the coach on a day-old connection', async () => {
      const practice = await rapport.openExtensionPage(PRACTICE);
      await practice.setViewportSize({ width: 1100, height: 640 });
      await practice.locator('.composer-footer button[type="button"]').click();
      await waitForRule(await rapport.context.newCDPSession(practice), 'early-pitch');
      await practice.locator('[role="textbox"]').blur();
      const shot = await practice.screenshot();
      writeFileSync(`${OUT}/practice-${scheme}.png`, shot);
      expect(shot.length).toBeGreaterThan(10_000);
      await practice.close();
    });
  });
}
