import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, openPopup, sendAll, seedContacts, stopServiceWorker } from './ui-helpers';

const DAY = 86_400_000;


/** The month panel as the user reads it: each count by its label, and the verdict under them. */
async function month(popup: Page): Promise<{ counts: Record<string, string>; verdict: string }> {
  await popup.locator('#month-title ~ .verdict').waitFor();
  const labels = await popup.locator('.stats dt').allInnerTexts();
  const values = await popup.locator('.stats dd').allInnerTexts();
  return { counts: Object.fromEntries(labels.map((l, i) => [l, values[i] ?? ''])), verdict: await popup.locator('.verdict').innerText() };
}

async function reconnectNames(popup: Page): Promise<string[]> {
  await popup.locator('.reconnect-list').waitFor();
  return popup.locator('.reconnect-list .contact-name').allInnerTexts();
}

// The popup asks for the month and what is on screen as its script starts, and for the dormant ties
// after the month: opened while the worker is stopped, the first message wakes it and the database
// opens for it. What it paints then must be this store's, and a later opening must not show an old answer.
describe('the popup opened while the service worker is stopped', () => {
  let rapport: Rapport;
  let seeder: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    seeder = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(seeder, [
      { id: 'eva-dahl', name: 'Eva Dahl', history: [{ kind: 'sent', text: 'Congrats on the launch!', at: Date.now() - 200 * DAY }, { kind: 'received', text: 'Thanks!', at: Date.now() - 199 * DAY }] },
      { id: 'bo-berg', name: 'Bo Berg', history: [{ kind: 'gave', text: 'Shared the hiring guide' }, { kind: 'received', text: 'Thank you, very useful' }] },
    ]);
    cdp = await rapport.context.newCDPSession(seeder);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it("shows this month's counts and the dormant ties on its first opening", async () => {
    await stopServiceWorker(cdp);
    const popup = await openPopup(rapport);
    expect(await month(popup)).toEqual({
      counts: { Gives: '1', Intros: '0', Asks: '0', Replies: '1' },
      verdict: 'You are networking actively: more giving and connecting than asking.',
    });
    expect(await reconnectNames(popup)).toEqual(['Eva Dahl']);
    await popup.close();
  });

  it('shows the month again, asked afresh, after a card opened from it and Back', async () => {
    await stopServiceWorker(cdp);
    const popup = await openPopup(rapport);
    await month(popup);
    await popup.locator('.reconnect-list .contact-button', { hasText: 'Eva Dahl' }).click();
    await popup.locator('article.contact h1', { hasText: 'Eva Dahl' }).waitFor();
    // Recorded while the card is open: the month shown after Back is a new answer, not the first one kept.
    await sendAll(seeder, [{ type: 'interaction.record', contactId: 'bo-berg', kind: 'asked', text: 'Could you review my deck?' }]);
    await popup.locator('button.back').click();
    expect((await month(popup)).counts).toEqual({ Gives: '1', Intros: '0', Asks: '1', Replies: '1' });
    expect(await reconnectNames(popup)).toEqual(['Eva Dahl']);
    await popup.close();
  });

  it('shows what changed since, once the worker was stopped again', async () => {
    await sendAll(seeder, [{ type: 'interaction.record', contactId: 'bo-berg', kind: 'asked', text: 'And an intro to your CTO?' }]);
    await stopServiceWorker(cdp);
    const cold = await openPopup(rapport);
    expect(await month(cold)).toEqual({
      counts: { Gives: '1', Intros: '0', Asks: '2', Replies: '1' },
      verdict: 'More asks than gives this month: active networkers give and connect first.',
    });
    await cold.close();
    // And the same once the worker is running.
    const warm = await openPopup(rapport);
    expect((await month(warm)).counts).toEqual({ Gives: '1', Intros: '0', Asks: '2', Replies: '1' });
    await warm.close();
  });
});
