import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchRapport, waitFor, type Rapport } from './harness';
import { recordProgress, smallLinkedInExport, WELCOME } from './first-run';
import { OPTIONS, openPopup } from './ui-helpers';

/** How long an install took, from its worker running, to open its welcome tab: a restart gets ten times that to open one. */
let installOpenedAfterMs = 0;

function welcomeTabs(context: BrowserContext, extensionId: string): Page[] {
  return context.pages().filter((p) => p.url() === `chrome-extension://${extensionId}/${WELCOME}`);
}

describe('the welcome page opens on install, not on update', () => {
  const extensionDir = mkdtempSync(join(tmpdir(), 'rapport-unpacked-'));
  const profile = mkdtempSync(join(tmpdir(), 'rapport-profile-'));

  afterAll(() => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('a fresh install opens exactly one welcome tab', async () => {
    cpSync(DIST, extensionDir, { recursive: true });
    const rapport = await launchRapport({ extensionDir, userDataDir: profile, welcome: 'keep' });
    const started = Date.now();
    try {
      await waitFor(() => welcomeTabs(rapport.context, rapport.extensionId).length > 0, 10_000, 'the welcome tab');
      installOpenedAfterMs = Date.now() - started;
      const [welcome] = welcomeTabs(rapport.context, rapport.extensionId);
      await welcome?.locator('#coach-language').waitFor();
      // The worker restarts on later events (it is stopped when idle): none of them may open it again.
      await rapport.openExtensionPage(OPTIONS);
      expect(welcomeTabs(rapport.context, rapport.extensionId)).toHaveLength(1);
      await Promise.all(welcomeTabs(rapport.context, rapport.extensionId).map((p) => p.close()));
    } finally {
      await rapport.close();
    }
  });

  // Chromium reports an extension loaded with --load-extension as installed on every start (its
  // storage kept), and runtime.reload() unloads such an extension, so a browser cannot show the
  // "update" reason here: that is unit-tested (tests/unit/background/welcome.test.ts). What a browser
  // can show: the same profile started again, now with a newer version, opens no second welcome.
  it('the same profile started again with a newer version opens nothing', async () => {
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    const rapport = await launchRapport({ extensionDir, userDataDir: profile, welcome: 'keep' });
    try {
      const sw = await rapport.serviceWorker();
      expect(await sw.evaluate('chrome.runtime.getManifest().version')).toBe(`${manifest.version}.1`);
      const popup = await openPopup(rapport);
      // Nothing to wait for when nothing happens: give it ten times what the install took (at least 2 s).
      await new Promise((r) => setTimeout(r, Math.max(2_000, installOpenedAfterMs * 10)));
      expect(welcomeTabs(rapport.context, rapport.extensionId)).toHaveLength(0);
      await popup.close();
    } finally {
      await rapport.close();
    }
  });
});

describe('the welcome page', () => {
  let rapport: Rapport;
  let welcome: Page;

  beforeAll(async () => {
    rapport = await launchRapport();
    welcome = await rapport.openExtensionPage(WELCOME);
    await welcome.locator('#coach-language').waitFor();
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('says what Rapport does, what it teaches, what it keeps, and shows each choice with its default', async () => {
    expect(await welcome.locator('.what li').count()).toBe(3);
    expect(await welcome.locator('.principles li').count()).toBeGreaterThanOrEqual(5);
    expect(await welcome.locator('#privacy').innerText()).toMatch(/storage/u);
    expect(await welcome.locator('#coach-language').inputValue()).toBe('en');
    expect(await welcome.locator('.default').allInnerTexts()).toEqual([
      "Default: English (your browser's language)",
      'Default: off',
      'Default: Free: invitation notes up to 200 characters',
    ]);
    expect(await welcome.locator('#import').innerText()).toMatch(/Settings › Data privacy › Get a copy of your data/u);
  });

  it("changes the same settings as the options page (and the options page links back here)", async () => {
    await welcome.getByLabel('Premium: invitation notes up to 300 characters').check();
    await expect.poll(() => welcome.locator('#save-status').innerText()).toBe('Saved');
    const options = await rapport.openExtensionPage(OPTIONS);
    await options.locator('#coach-language').waitFor();
    expect(await options.getByLabel('Premium: invitation notes up to 300 characters').isChecked()).toBe(true);
    await options.getByRole('link', { name: 'First steps' }).click();
    await options.waitForURL(`chrome-extension://${rapport.extensionId}/${WELCOME}`);
    await options.close();
    await welcome.getByLabel('Free: invitation notes up to 200 characters').check();
    await expect.poll(() => welcome.getByLabel('Free: invitation notes up to 200 characters').isChecked()).toBe(true);
  });

  it("imports LinkedIn's data export right there, with the progress bar and the summary", async () => {
    const progress = await recordProgress(welcome);
    await welcome.locator('#import-linkedin').setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(smallLinkedInExport()) });
    const summary = welcome.locator('.linkedin-import-result');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^Done: 2 contacts added, 0 updated, [1-9]\d* messages and invitations linked\.$/u);
    const labels = await progress();
    expect(labels[0]).toBe('Reading the file…');
    expect(labels).toContain('Adding connections…');
    const popup = await openPopup(rapport);
    await popup.getByRole('searchbox').fill('Fagerlund');
    await expect.poll(() => popup.locator('.search-results .contact-name').allInnerTexts()).toEqual(['Ines Fagerlund']);
    await popup.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  it(`the welcome page has no axe violations in the ${scheme} theme, import summary shown`, async () => {
    const rapport = await launchRapport({ colorScheme: scheme });
    try {
      const page = await rapport.openExtensionPage(WELCOME);
      await page.locator('#coach-language').waitFor();
      await page.locator('#import-linkedin').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(smallLinkedInExport()) });
      await page.locator('.linkedin-import-result p').waitFor({ timeout: 15_000 });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    } finally {
      await rapport.close();
    }
  });
}
