import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { seedRequests } from '../e2e/ui-helpers';
import { ask, launchFirefox, type FirefoxRapport } from './harness';

interface Exported { contacts: { id: string; notes?: string }[]; interactions: { contactId: string; kind: string }[] }

describe('your data on the options page in Firefox', () => {
  let rapport: FirefoxRapport;
  let options: Page;

  const contactIds = async (): Promise<string[]> => {
    const { contacts } = await ask<{ contacts: { id: string }[] }>(options, { type: 'contacts.search', query: 'e', limit: 50 });
    return contacts.map((c) => c.id).sort();
  };

  const clickButton = async (label: string) => {
    const button = await options.waitForSelector(`::-p-aria([name="${label}"][role="button"])`);
    await button?.click();
  };

  beforeAll(async () => {
    rapport = await launchFirefox();
    options = await rapport.openExtensionPage('src/options/index.html');
    for (const request of seedRequests([
      { id: 'ana-popescu', name: 'Ana Popescu', notes: 'Loves sailing', history: [{ kind: 'gave', text: 'sent the regatta article' }] },
      { id: 'bob-berg', name: 'Bob Berg', haves: ['design mentor'] },
    ])) await ask(options, request);
  });

  afterAll(async () => {
    await rapport?.close();
  });

  it('exports everything to a download, deletes everything, and imports the file back', async () => {
    await clickButton('Export to a file');
    let file = '';
    await waitFor(() => {
      file = readdirSync(rapport.downloads).find((f) => /^rapport-\d{4}-\d{2}-\d{2}\.json$/u.test(f)) ?? '';
      return file !== '';
    }, 10_000, 'the export in the downloads folder');
    const path = join(rapport.downloads, file);
    let exported: Exported | undefined;
    await waitFor(() => {
      try {
        exported = JSON.parse(readFileSync(path, 'utf8')) as Exported;
        return true;
      } catch {
        return false; // still being written
      }
    }, 5_000, 'the whole export');
    expect(exported?.contacts.map((c) => c.id).sort()).toEqual(['ana-popescu', 'bob-berg']);
    expect(exported?.contacts.find((c) => c.id === 'ana-popescu')?.notes).toBe('Loves sailing');

    await clickButton('Delete everything…');
    await clickButton('Delete everything');
    await waitFor(async () => (await options.$eval('.danger-zone [role=status]', (el) => el.textContent)) === 'Everything was deleted.', 5_000, 'deleted');
    expect(await contactIds()).toEqual([]);

    const input = await options.$('#import-json');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    await waitFor(async () => /^Imported 2 contacts and \d+ interactions\.$/u.test(await options.$eval('.import-json-result', (el) => el.textContent ?? '')), 10_000, 'the import');
    expect(await contactIds()).toEqual(['ana-popescu', 'bob-berg']);
    const { contact, interactions } = await ask<{ contact: { notes: string }; interactions: { kind: string; text?: string }[] }>(options, { type: 'contact.get', contactId: 'ana-popescu' });
    expect(contact.notes).toBe('Loves sailing');
    expect(interactions.map((i) => i.kind)).toContain('gave');
  });

  it('leaves no add-on error in the Browser Console', async () => {
    expect(await rapport.addonErrors()).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
