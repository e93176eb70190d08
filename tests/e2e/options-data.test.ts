import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordProgress } from './first-run';
import type { Rapport } from './harness';
import { launchInLanguage, linkedInExportZip, OPTIONS, openContact, openPopup, seedContacts } from './ui-helpers';

/** A LinkedIn "Get a copy of your data" ZIP in miniature: BOM, the Notes preamble, quoted newlines. */
function linkedInZip(): Uint8Array {
  return linkedInExportZip([
    'Maria,Lindqvist,https://www.linkedin.com/in/maria-lindqvist,,Nordic Trails,Founder,12 Mar 2024',
    'Tomás,Ruiz,https://www.linkedin.com/in/tomas-ruiz,tomas@example.com,"Ruiz, Hijos y Cía",CTO,03 Jan 2025',
    'Ioana,Marin,https://www.linkedin.com/in/ioana-marin,,Atelier,Designer,20 Jul 2023',
  ], [
    'c1,,Pat Owner,https://www.linkedin.com/in/pat-owner,Maria Lindqvist,https://www.linkedin.com/in/maria-lindqvist,2025-02-01 10:00:00 UTC,,"Hi Maria,\nloved the trail guide.",INBOX',
    'c1,,Maria Lindqvist,https://www.linkedin.com/in/maria-lindqvist,Pat Owner,https://www.linkedin.com/in/pat-owner,2025-02-02 09:30:00 UTC,,Thank you Pat!,INBOX',
    'c2,,Pat Owner,https://www.linkedin.com/in/pat-owner,Tomás Ruiz,https://www.linkedin.com/in/tomas-ruiz,2025-03-01 08:00:00 UTC,,"Hola Tomás, ""quick"" question",INBOX',
  ]);
}

async function searchNames(rapport: Rapport, query: string): Promise<string[]> {
  const popup = await openPopup(rapport);
  await popup.getByRole('searchbox').fill(query);
  await popup.locator('.search #search ~ [role=status]:not(:empty)').waitFor();
  const names = await popup.locator('.search-results .contact-name').allInnerTexts();
  await popup.close();
  return names;
}

describe('your data on the options page', () => {
  let rapport: Rapport;
  let options: Page;

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    options = await rapport.openExtensionPage(OPTIONS);
    await seedContacts(options, [
      { id: 'ana-popescu', name: 'Ana Popescu', notes: 'Loves sailing', wants: ['design mentor'], history: [{ kind: 'gave', text: 'sent the regatta article' }] },
      { id: 'bob-berg', name: 'Bob Berg', haves: ['design mentor'] },
    ]);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('exports everything, deletes everything after a confirmation, and imports the export back', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.json$/u);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { contacts: { id: string }[] };
    expect(exported.contacts.map((c) => c.id).sort()).toEqual(['ana-popescu', 'bob-berg']);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Delete everything?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Cancel has the focus: Enter on a dialog that opened by surprise deletes nothing.
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => options.locator('.danger-zone [role=status]').innerText()).toBe('Everything was deleted.');
    expect(await searchNames(rapport, 'e')).toEqual([]);

    await options.locator('#import-json').setInputFiles(await download.path());
    await expect.poll(() => options.locator('.import-json-result').innerText()).toMatch(/^Imported 2 contacts and \d+ interactions\.$/u);
    const popup = await openPopup(rapport);
    await openContact(popup, 'Ana Popescu');
    expect(await popup.locator('#notes').inputValue()).toBe('Loves sailing');
    expect(await popup.locator('.timeline-snippet').allInnerTexts()).toContain('sent the regatta article');
    await popup.close();
  });

  it('merges a backup from another browser, and says what it added and what was already here', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { invitations?: unknown[] };
    backup.invitations = [{ id: 1, contactId: 'bob-berg', at: Date.UTC(2026, 10, 20, 9), withNote: false }];
    const file = { name: 'other-browser.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
    await options.locator('input[name=import-json-mode][value=merge]').check();
    await options.locator('#import-json').setInputFiles(file);
    const result = options.locator('.import-json-result');
    await expect.poll(() => result.innerText()).toMatch(/^Merged: 2 contacts joined .* Promises added: 0; invitations added: 1 \(already here: 0 and 0\)\.$/u);
    await options.locator('#import-json').setInputFiles({ ...file, name: 'again.json' });
    await expect.poll(() => result.innerText()).toMatch(/invitations added: 0 \(already here: 0 and 1\)\.$/u);
    await options.locator('input[name=import-json-mode][value=replace]').check();
  });

  it('refuses a bad file, says where and what, and changes nothing', async () => {
    const bad = {
      format: 'rapport-export', version: 1, schemaVersion: 1, exportedAt: Date.now(), settings: {},
      contacts: [{ id: 'not a valid id!', name: 'X' }], interactions: [],
    };
    await options.locator('#import-json').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = options.locator('.import-json-error');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Nothing was imported/u);
    expect(await alert.locator('code').innerText()).toMatch(/^\$\.contacts\[0\]/u);
    expect(await alert.innerText()).toMatch(/What:\s*\S/u);

    await options.locator('#import-json').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "rapport-export",\n  oops\n}') });
    await expect.poll(() => alert.innerText()).toMatch(/line 3, column \d+/u);
    expect((await searchNames(rapport, 'e')).sort()).toEqual(['Ana Popescu', 'Bob Berg']);
  });

  it("imports LinkedIn's data-export ZIP with progress and a summary, and the people are then found", async () => {
    const progressSeen = await recordProgress(options);
    await options.locator('#import-linkedin').setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(linkedInZip()) });
    const summary = options.locator('.linkedin-import-result');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^Done: 3 contacts added, 0 updated, \d+ messages and invitations linked\.\n+\d+ entries joined people you already had, \d+ added new people, 0 rows were skipped\.$/u);
    const progress = await progressSeen();
    expect(progress[0]).toBe('Reading the file…');
    expect(progress).toContain('Adding connections…');
    expect(await searchNames(rapport, 'Tomás')).toEqual(['Tomás Ruiz']);
    expect(await searchNames(rapport, 'lindqvist')).toEqual(['Maria Lindqvist']);
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
