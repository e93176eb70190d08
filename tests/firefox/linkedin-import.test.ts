import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { linkedInExportZip } from '../e2e/ui-helpers';
import { ask, launchFirefox, type FirefoxRapport } from './harness';

/** More connections than two of the importer's 1,000-row batches: the third is placed while the two before it commit. */
const GENERATED = 2_400;
const generatedId = (i: number) => `made-up-person-${String(i).padStart(4, '0')}`;

/** A LinkedIn "Get a copy of your data" ZIP of made-up people, built as the Chromium import tests build theirs. */
function exportZip(): Uint8Array {
  const generated = Array.from({ length: GENERATED }, (_, i) => `Made,Up ${i},https://www.linkedin.com/in/${generatedId(i)},,Company ${i % 40},Engineer,0${(i % 9) + 1} Mar 2024`);
  return linkedInExportZip([
    'Maria,Lindqvist,https://www.linkedin.com/in/maria-lindqvist,,Nordic Trails,Founder,12 Mar 2024',
    'Tomás,Ruiz,https://www.linkedin.com/in/tomas-ruiz,tomas@example.com,"Ruiz, Hijos y Cía",CTO,03 Jan 2025',
    ...generated,
  ], [
    'c1,,Pat Owner,https://www.linkedin.com/in/pat-owner,Maria Lindqvist,https://www.linkedin.com/in/maria-lindqvist,2025-02-01 10:00:00 UTC,,"Hi Maria,\nloved the trail guide.",INBOX',
    'c1,,Maria Lindqvist,https://www.linkedin.com/in/maria-lindqvist,Pat Owner,https://www.linkedin.com/in/pat-owner,2025-02-02 09:30:00 UTC,,Thank you Pat!,INBOX',
    'c2,,Pat Owner,https://www.linkedin.com/in/pat-owner,Tomás Ruiz,https://www.linkedin.com/in/tomas-ruiz,2025-03-01 08:00:00 UTC,,"Hola Tomás, ""quick"" question",INBOX',
  ]);
}

interface ContactView {
  contact: { id: string; name: string; company: string; connectedOn: number | null };
  interactions: { kind: string; at: number }[];
}

/**
 * The LinkedIn export import through the options page in Firefox ESR: the ZIP streamed over a port
 * to the event page, unzipped and parsed there, and written in batches with IDBTransaction.commit(),
 * the next batch in flight while one commits.
 */
describe("LinkedIn's data export imported through the options page in Firefox", () => {
  let rapport: FirefoxRapport;
  let options: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-firefox-import-'));
    rapport = await launchFirefox();
    options = await rapport.openExtensionPage('src/options/index.html');
    // Already known from a LinkedIn page: the import joins her record instead of adding a second one.
    await ask(options, { type: 'contact.seen', contact: { id: 'maria-lindqvist', name: 'Maria Lindqvist', degree: 1 } });
  });

  afterAll(async () => {
    await rapport?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports every batch and says what it did', async () => {
    const path = join(dir, 'Basic_LinkedInDataExport.zip');
    writeFileSync(path, exportZip());
    const input = (await options.$('#import-linkedin')) as ElementHandle<HTMLInputElement> | null;
    if (input === null) throw new Error('no LinkedIn import on the options page');
    await input.uploadFile(path);
    let summary = '';
    await waitFor(async () => {
      summary = await options.$eval('.linkedin-import-result', (el) => (el as HTMLElement).innerText);
      return summary.startsWith('Done:');
    }, 30_000, 'the import summary');
    const added = (GENERATED + 1).toLocaleString('en-US');
    expect(summary).toMatch(new RegExp(`^Done: ${added} contacts added, 1 updated, 3 messages and invitations linked\\.\\n+\\d[\\d,]* entries joined people you already had, \\d[\\d,]* added new people, 0 rows were skipped\\.$`, 'u'));
  });

  it('leaves the store with the imported people, their history and the last batch', async () => {
    const tomas = await ask<ContactView>(options, { type: 'contact.get', contactId: 'tomas-ruiz' });
    expect(tomas.contact).toMatchObject({ name: 'Tomás Ruiz', company: 'Ruiz, Hijos y Cía' });
    expect(tomas.contact.connectedOn).toBe(Date.UTC(2025, 0, 3));
    expect(tomas.interactions.map((i) => i.kind)).toEqual(['sent']);
    const maria = await ask<ContactView>(options, { type: 'contact.get', contactId: 'maria-lindqvist' });
    expect(maria.contact.connectedOn).toBe(Date.UTC(2024, 2, 12));
    expect(maria.interactions.map((i) => i.kind).sort()).toEqual(['received', 'sent']);
    const last = await ask<ContactView>(options, { type: 'contact.get', contactId: generatedId(GENERATED - 1) });
    expect(last.contact.name).toBe(`Made Up ${GENERATED - 1}`);
    const { contacts } = await ask<{ contacts: { id: string }[] }>(options, { type: 'contacts.search', query: 'lindqvist', limit: 10 });
    expect(contacts.map((c) => c.id)).toEqual(['maria-lindqvist']);
  });

  it('shows an imported person in the popup', async () => {
    const popup = await rapport.openExtensionPage('src/popup/index.html');
    const search = await popup.waitForSelector('#search');
    await search?.type('Tomás');
    await waitFor(async () => (await popup.$$eval('.search-results .contact-name', (els) => els.map((el) => el.textContent))).includes('Tomás Ruiz'), 10_000, 'Tomás Ruiz found in the popup');
    await popup.close();
  });

  it('leaves no add-on error in the Browser Console', async () => {
    expect(await rapport.addonErrors()).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
