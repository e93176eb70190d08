import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { launchFirefox, waitForRule, type FirefoxRapport } from './harness';

const SIGNUP = 'Hi Jordan, I added you to our newsletter list, so you will get the first issue on Monday.';
const NOTE = 'Met at the product meetup; wants intros to design leads';

/**
 * The popup page in a background tab of the window whose front tab is the LinkedIn thread: it finds
 * the person through tabs.query({ active, currentWindow }) + page.state, as over the toolbar.
 */
describe('the popup over a LinkedIn conversation in Firefox', () => {
  let rapport: FirefoxRapport;
  let thread: Page;

  const openPopup = async (): Promise<Page> => {
    await thread.bringToFront();
    const popup = await rapport.openExtensionPage('src/popup/index.html');
    await popup.waitForSelector('article.contact h1');
    return popup;
  };

  beforeAll(async () => {
    rapport = await launchFirefox({ '/messaging/thread/': 'coach-thread.html' });
    thread = await rapport.openLinkedIn('/messaging/thread/2-signup/');
    await thread.click('[role="textbox"]');
    await thread.keyboard.type(SIGNUP);
    await waitForRule(rapport, thread, 'no-consent-signup');
  });

  afterAll(async () => {
    await rapport?.close();
  });

  it('shows the person on screen, their balance in words, and what the coach says about the draft', async () => {
    const popup = await openPopup();
    expect(await popup.$eval('article.contact h1', (el) => el.textContent)).toBe('Jordan Lee');
    expect(await popup.$eval('article.contact header', (el) => (el as HTMLElement).innerText)).toContain('Head of Product at Northwind');
    expect(await popup.$eval('.balance-sentence', (el) => el.textContent)).toBe('Nothing given or asked yet.');
    await popup.waitForSelector('#draft-title');
    expect(await popup.$$eval('.findings [data-rule]', (els) => els.map((e) => (e as HTMLElement).dataset.rule))).toContain('no-consent-signup');
    // The balance and the findings went through plural(): no "Unknown localization message" either.
    await waitFor(async () => (await popup.$('main[aria-busy]')) === null, 5_000, 'the popup settled');
    expect(await rapport.addonErrors()).toEqual([]);
    await popup.close();
  });

  it('keeps a note typed up to the moment the popup closes', async () => {
    const popup = await openPopup();
    await popup.click('#notes');
    await popup.keyboard.type(NOTE);
    // Closed inside the autosave debounce: only the flush on pagehide can have saved the end.
    await popup.close();
    const again = await openPopup();
    await waitFor(async () => (await again.$eval('#notes', (el) => (el as HTMLTextAreaElement).value)) === NOTE, 5_000, 'the note');
    await again.close();
  });

  // Closing the popup while its last save is in flight once logged "Promise rejected after context
  // unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage'": notes now save over a port.
  it('leaves no add-on error in the Browser Console (no unknown localization message)', async () => {
    expect(await rapport.addonErrors()).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
