import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, typeInto, waitForRule } from './coach-support';
import { waitFor, type Rapport } from './harness';
import { launchInLanguage, linkedInExportZip, OPTIONS, openActionPopup } from './ui-helpers';

/*
 * One person, one record, as a new user meets it: LinkedIn's export names Ines Carvalho by her vanity
 * slug, messaging by her member id. Imported through the options page, seen on her profile (2026
 * structure, both ids) and written to in a thread that names her by member id only, she is one
 * person with the imported connection date and history, and a pitch to her is judged as to a long
 * relationship; the same pitch to a stranger is flagged. The name-match question joins the two
 * records by hand before the profile visit does it by itself.
 */

const SLUG = 'ines-carvalho-7f3e';
const MEMBER = 'ACoAAInesCarvalhoFixture9';
const CONNECTED = '1 Sep 2025';
const CONNECTED_MS = Date.UTC(2025, 8, 1);
const ME = 'https://www.linkedin.com/in/pat-owner';
const INES = `https://www.linkedin.com/in/${SLUG}`;
/** A pitch and a sign-up without consent: no-consent-signup shows that the coach read her history, early-pitch is the verdict. */
const PITCH = 'Hi Ines, can I book a quick demo call to show you our product and pricing? I added you to our newsletter list, so you will get the first issue.';

function exportZip(): Uint8Array {
  return linkedInExportZip([
    `Ines,Carvalho,${INES},,Tidewater Labs,Head of Partnerships,${CONNECTED}`,
  ], [
    `c1,,Pat Owner,${ME},Ines Carvalho,${INES},2025-09-02 10:00:00 UTC,,"Thanks for connecting, Ines!",INBOX`,
    `c1,,Ines Carvalho,${INES},Pat Owner,${ME},2025-09-03 09:30:00 UTC,,Great to meet you at the ocean-data meetup,INBOX`,
    `c1,,Pat Owner,${ME},Ines Carvalho,${INES},2025-10-01 08:00:00 UTC,,Here is the dataset list I promised,INBOX`,
    `c1,,Ines Carvalho,${INES},Pat Owner,${ME},2025-10-02 08:00:00 UTC,,This is gold - thank you!,INBOX`,
  ], { invitations: false });
}

describe('one person, one record across the export, her profile and a thread', () => {
  let rapport: Rapport;
  let options: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en', {
      routes: { [`/in/${SLUG}/`]: 'profile-2026.html', '/messaging/thread/2-ines': 'thread-member-id.html', '/messaging/thread/2-stranger': 'coach-thread.html' },
    });
    options = await rapport.openExtensionPage(OPTIONS);
    await options.locator('#import-linkedin').setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(exportZip()) });
    await waitFor(async () => (await options.locator('.linkedin-import-result').innerText()).startsWith('Done: 1 contacts added'), 15_000, 'the import summary');
  });

  afterAll(async () => {
    await rapport.close();
  });

  const resolvesTo = async (id: string): Promise<string | null> => {
    const request = JSON.stringify({ type: 'contact.get', contactId: id });
    const answer = await options.evaluate<{ ok: boolean; data?: { contact: { id: string } } }>(`chrome.runtime.sendMessage(${request})`);
    return answer.ok ? answer.data?.contact.id ?? null : null;
  };
  const searchCount = async (query: string): Promise<number> => (await ask<{ contacts: unknown[] }>(options, { type: 'contacts.search', query })).contacts.length;

  it('before her profile is seen, the popup over the thread asks whether she is the imported Ines Carvalho, merges on a click and undoes it', async () => {
    const thread = await rapport.openLinkedIn('/messaging/thread/2-ines/');
    await waitFor(async () => (await resolvesTo(MEMBER)) === MEMBER, 5_000, 'the thread recorded her by member id');
    expect(await searchCount('Ines')).toBe(2);

    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('.same-person button')`);
    expect(await popup.evaluate('document.querySelector(".same-person p").textContent')).toBe('Same person as Ines Carvalho (Head of Partnerships at Tidewater Labs)?');
    await popup.evaluate('document.querySelector(".same-person button").click()');
    await popup.until(`document.querySelector('.same-person [role=status]')?.textContent.startsWith('Merged with Ines Carvalho')`);
    await popup.until(`document.querySelector('article.contact header').innerText.includes('Connected since')`);
    expect(await searchCount('Ines')).toBe(1);
    await popup.evaluate('document.querySelector(".same-person button").click()');
    await popup.until(`document.querySelector('.same-person [role=status]')?.textContent === 'Kept apart again.'`);
    expect(await searchCount('Ines')).toBe(2);
    await popup.close();
    await thread.close();
  });

  it('her profile page joins her two ids by itself; the popup then shows one person with the imported date and history', async () => {
    const profile = await rapport.openLinkedIn(`/in/${SLUG}/`);
    await waitFor(async () => (await resolvesTo(MEMBER)) === SLUG, 5_000, 'the profile visit joined the member id to the slug');
    expect(await searchCount('Ines')).toBe(1);
    // The sidebar's other person was not taken for her.
    expect(await resolvesTo('ACoAABrunoSayeedFixture2')).toBeNull();
    await profile.close();

    const thread = await rapport.openLinkedIn('/messaging/thread/2-ines/');
    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('article.contact h1')?.textContent === 'Ines Carvalho'`);
    const since = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(CONNECTED_MS);
    await popup.until(`document.querySelector('article.contact header').innerText.includes(${JSON.stringify(`Connected since ${since}`)})`);
    const history = await popup.evaluate<string[]>('[...document.querySelectorAll(".timeline-snippet")].map((p) => p.textContent)');
    expect(history).toEqual(['This is gold - thank you!', 'Here is the dataset list I promised', 'Great to meet you at the ocean-data meetup', 'Thanks for connecting, Ines!']);
    expect(await popup.evaluate('document.querySelector(".same-person")')).toBeNull();
    await popup.close();
    await thread.close();
  });

  it('a pitch in the thread that names her by member id is not early, while the same pitch to a stranger is', async () => {
    const open = async (path: string): Promise<{ page: Page; cdp: CDPSession }> => {
      const page = await rapport.openLinkedIn(path);
      return { page, cdp: await rapport.context.newCDPSession(page) };
    };
    const ines = await open('/messaging/thread/2-ines/');
    await typeInto(ines.page, '[role="textbox"]', PITCH);
    // Shown only once the coach has her history: from then on, early-pitch would be there too if it applied.
    await waitForRule(ines.cdp, 'no-consent-signup');
    await waitForRule(ines.cdp, 'early-pitch', false);
    await ines.page.close();

    const stranger = await open('/messaging/thread/2-stranger/');
    await typeInto(stranger.page, '[role="textbox"]', PITCH);
    await waitForRule(stranger.cdp, 'no-consent-signup');
    await waitForRule(stranger.cdp, 'early-pitch');
    await stranger.page.close();
  });

  it('leaves no console errors and no requests beyond LinkedIn fixtures behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
