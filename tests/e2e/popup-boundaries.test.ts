import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, badgeText, pageState, shownFindings, typeInto, waitForAnalysis, waitForRule } from './coach-support';
import { waitFor, type Rapport } from './harness';
import { launchInLanguage, OPTIONS, openActionPopup, openContact, openPopup, seedContacts } from './ui-helpers';

const DAY = 86_400_000;
const EDITOR = '[role="textbox"]';
const PITCH = 'Jordan, we help product teams cut onboarding time in half. Could I book 20 minutes to show you our platform?';
const THANKS = 'Thanks for the notes on the roadmap, very useful.';

/** Jordan, the person in the thread fixture: connected for a year, with a real back-and-forth. */
async function longStanding(extension: Page): Promise<void> {
  await seedContacts(extension, [{
    id: 'jordan-lee', name: 'Jordan Lee', headline: 'Head of Product at Northwind',
    history: [
      { kind: 'received', text: 'Good to meet you at the summit.', at: Date.now() - 300 * DAY },
      { kind: 'sent', text: 'Likewise! Here is the article I mentioned.', at: Date.now() - 299 * DAY },
      { kind: 'received', text: 'Thanks, it was great.', at: Date.now() - 200 * DAY },
    ],
  }]);
  // Connected a year ago: the export file is where a connection date comes from (LinkedIn's export does the same).
  const { json } = await ask<{ json: string }>(extension, { type: 'data.export' });
  const file = JSON.parse(json) as { contacts: { id: string; connectedOn: number | null }[] };
  for (const c of file.contacts) if (c.id === 'jordan-lee') c.connectedOn = Date.now() - 365 * DAY;
  await ask(extension, { type: 'data.import', json: JSON.stringify(file) });
}

async function findingsFor(rapport: Rapport, extension: Page, path: string, text: string): Promise<{ rule: string; severity: string; message: string }[]> {
  const thread = await rapport.openLinkedIn(path);
  await typeInto(thread, EDITOR, text);
  await waitForAnalysis(extension, thread, text.length);
  // The page state carries what the panel shows, message included.
  const { findings } = (await pageState(extension, thread)) as unknown as { findings: { rule: string; severity: string; message: string }[] };
  await thread.close();
  return findings;
}

describe('boundaries in the coach', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en', { routes: { '/messaging/thread/': 'coach-thread.html' } });
    extension = await rapport.openExtensionPage(OPTIONS);
    await longStanding(extension);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('a pitch to a long-standing contact is fine; after "no pitches, ever" is ticked in the popup it is flagged', async () => {
    expect((await findingsFor(rapport, extension, '/messaging/thread/2-before/', PITCH)).map((f) => f.rule)).toEqual([]);

    const popup = await openPopup(rapport);
    await openContact(popup, 'Jordan Lee');
    await popup.getByRole('checkbox', { name: 'No pitches, ever' }).check();
    // Shown at the top of the card once set, not only in the form.
    await popup.locator('.boundary-summary [data-boundary="no-pitches"]').waitFor();
    // And at the head of the timeline, as what stands now.
    expect(await popup.locator('section[aria-labelledby="timeline-title"] .timeline-boundaries [data-boundary]').allInnerTexts()).toEqual(['No pitches, ever']);
    await popup.close();

    expect((await findingsFor(rapport, extension, '/messaging/thread/2-after/', PITCH)).map((f) => f.rule)).toContain('early-pitch');
    expect((await findingsFor(rapport, extension, '/messaging/thread/2-thanks/', THANKS)).map((f) => f.rule)).toEqual([]);
  });

  it('away until a date and another channel each give any draft an info finding that names them', async () => {
    const popup = await openPopup(rapport);
    await openContact(popup, 'Jordan Lee');
    const until = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    await popup.locator('#away-until').fill(until);
    await popup.locator('.boundary-summary [data-boundary="away"]').waitFor();
    await popup.close();

    const away = await findingsFor(rapport, extension, '/messaging/thread/2-away/', THANKS);
    expect(away).toEqual([expect.objectContaining({ rule: 'boundary', severity: 'info' })]);
    expect(away[0]?.message).toContain(until);

    const again = await openPopup(rapport);
    await openContact(again, 'Jordan Lee');
    await again.locator('#away-until').fill('');
    await again.locator('#other-channel').fill('email for anything long');
    await again.locator('#other-channel').press('Tab');
    await again.locator('.boundary-summary [data-boundary="channel"]', { hasText: 'email for anything long' }).waitFor();
    expect(await again.locator('.boundary-summary [data-boundary="away"]').count()).toBe(0);
    expect(await again.locator('.timeline-boundaries [data-boundary]').evaluateAll((items) => items.map((i) => i.getAttribute('data-boundary')))).toEqual(['no-pitches', 'channel']);
    await again.close();

    const channel = await findingsFor(rapport, extension, '/messaging/thread/2-channel/', THANKS);
    expect(channel).toEqual([expect.objectContaining({ rule: 'boundary', severity: 'info' })]);
    expect(channel[0]?.message).toContain('(email for anything long)');

    // In the panel on the page: a finding with data-rule="boundary" that shows the note.
    const thread = await rapport.openLinkedIn('/messaging/thread/2-panel/');
    await typeInto(thread, EDITOR, THANKS);
    const cdp = await rapport.context.newCDPSession(thread);
    await waitForRule(cdp, 'boundary');
    expect((await shownFindings(cdp)).find((f) => f.rule === 'boundary')?.text).toContain('email for anything long');
    await thread.close();
  });
});

describe('the toolbar badge follows the popup', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en', { routes: { '/messaging/thread/': 'coach-thread.html' } });
    extension = await rapport.openExtensionPage(OPTIONS);
    // Jordan (the thread) was promised a deck five days ago; Ana and Bob are due on a monthly cadence.
    await seedContacts(extension, [
      { id: 'jordan-lee', name: 'Jordan Lee', history: [{ kind: 'sent', text: "I'll send you the deck tomorrow.", at: Date.now() - 5 * DAY }] },
      { id: 'ana-popescu', name: 'Ana Popescu', history: [{ kind: 'sent', text: 'Congrats on the launch!', at: Date.now() - 45 * DAY }] },
      { id: 'bob-berg', name: 'Bob Berg', history: [{ kind: 'sent', text: 'Great panel yesterday.', at: Date.now() - 45 * DAY }] },
    ]);
    for (const id of ['ana-popescu', 'bob-berg']) await ask(extension, { type: 'contact.update', contactId: id, patch: { cadence: '1m' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('counts the overdue promise, then, once it is closed in the popup, the two contacts due', async () => {
    const thread = await rapport.openLinkedIn('/messaging/thread/2-badge/');
    await typeInto(thread, EDITOR, 'Thanks!');
    await waitFor(async () => (await badgeText(rapport, thread)) === '1', 5_000, 'the badge counting one overdue promise');

    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('.promises .promise-item')`);
    await popup.evaluate(`[...document.querySelectorAll('.promises button')].find((b) => b.textContent.trim() === 'Not needed').click()`);
    await popup.until(`document.querySelectorAll('.promises .promise-item').length === 0`);
    await popup.close();

    await waitFor(async () => (await badgeText(rapport, thread)) === '2', 5_000, 'the badge counting the two contacts due');
    await thread.close();
  });
});
