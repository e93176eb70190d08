import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { ask, launchFirefox, waitForRule, type FirefoxRapport } from './harness';
import { holdDatabase } from '../e2e/hold-database';

/**
 * A user closing a LinkedIn tab while Rapport's content script waits for the background (the
 * person on screen being recorded, their history read) must not leave an add-on error in Firefox,
 * as runtime.sendMessage did ("Promise rejected after context unloaded: Actor 'Conduits' destroyed
 * before query 'RuntimeMessage'"): the content script's requests go over a port (request-channel.ts).
 */
describe('a LinkedIn tab closed with a request to the background in flight, in Firefox', () => {
  let rapport: FirefoxRapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchFirefox({ '/messaging/thread/': 'coach-thread.html' });
    extension = await rapport.openExtensionPage('src/popup/index.html');
    // The background has created the database before the test holds it.
    await ask(extension, { type: 'contacts.search', query: 'a', limit: 1 });
  });

  afterAll(async () => {
    await rapport?.close();
  });

  it('leaves no add-on error, and what was asked before the close is still done', async () => {
    const hold = await holdDatabase(extension);
    const page = await rapport.openLinkedIn('/messaging/thread/2-closed/');
    await page.click('[role="textbox"]');
    await page.keyboard.type('Hi {first_name}, good to meet you.');
    // A finding that needs no history: the coach shows it while its contact.seen for Jordan Lee waits on the held database.
    await waitForRule(rapport, page, 'unfilled-placeholder');
    await page.close();
    await hold.release();
    // The background handled the request the closed tab had sent (and found nobody to answer).
    await waitFor(async () => {
      const { contacts } = await ask<{ contacts: { id: string }[] }>(extension, { type: 'contacts.search', query: 'Jordan', limit: 5 });
      return contacts.some((c) => c.id === 'jordan-lee');
    }, 10_000, 'the contact.seen sent before the close');
    expect(await rapport.addonErrors()).toEqual([]);
  });
});
