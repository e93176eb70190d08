import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, launchRapport, waitFor, type Rapport } from './harness';
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
  // storage kept): the same profile started again, even with a newer version, must not welcome again.
  // The "update" reason itself is the test after this block.
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

interface TargetInfo { targetId: string; type: string; url: string }

const ANSWER_TIMEOUT_MS = 3_000;

/**
 * Evaluates in another target (a service worker) from the browser's CDP session, the way
 * openActionPopup drives the popup: attached without flattening, commands in and answers out as
 * messages.
 */
async function evaluateIn<T>(cdp: CDPSession, targetId: string, expression: string): Promise<T> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const answer = new Promise<T>((resolve, reject) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: { result: { value: T }; exceptionDetails?: { text: string } } };
      if (reply.id !== 1) return;
      if (reply.result?.exceptionDetails) reject(new Error(reply.result.exceptionDetails.text));
      else resolve(reply.result?.result.value as T);
    });
  });
  // A worker replaced by the update can still be listed, attached to, and never answer: give up on it,
  // so a caller polling for the new one asks again instead of waiting out the test.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from ${targetId}`)), ANSWER_TIMEOUT_MS);
  });
  const message = JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } });
  try {
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
    return await Promise.race([answer, silence]);
  } finally {
    clearTimeout(timer);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

// A real update: the extension installed as "Load unpacked" does it (CDP Extensions.loadUnpacked),
// then loaded again from the same folder with a higher version, which Chromium reports as reason
// "update". Its storage is emptied in between, so only the reason can keep the welcome page shut.
it('an update opens nothing, even when it finds no settings stored', async () => {
  const extensionDir = mkdtempSync(join(tmpdir(), 'rapport-unpacked-'));
  cpSync(DIST, extensionDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-unsafe-extension-debugging'],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const cdp = await browser.newBrowserCDPSession();
    const targets = async (): Promise<TargetInfo[]> => ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
    // A tab in the default profile, for the welcome page to open beside (headless starts with no window).
    await cdp.send('Target.createTarget', { url: 'about:blank' });
    const load = async (): Promise<string> => ((await cdp.send('Extensions.loadUnpacked' as 'Target.getTargets', { path: extensionDir } as never)) as unknown as { id: string }).id;
    const id = await load();
    const welcomeUrl = `chrome-extension://${id}/${WELCOME}`;
    const worker = async (): Promise<string> => {
      let found: TargetInfo | undefined;
      await waitFor(async () => (found = (await targets()).find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`))) !== undefined, 10_000, 'the service worker');
      return found?.targetId ?? '';
    };
    await waitFor(async () => (await targets()).some((t) => t.url === welcomeUrl), 10_000, 'the welcome page of the install');

    await evaluateIn(cdp, await worker(), 'chrome.storage.local.clear()');
    expect(await evaluateIn(cdp, await worker(), 'chrome.storage.local.get(null).then((all) => Object.keys(all))')).toEqual([]);
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    expect(await load()).toBe(id);

    // onInstalled ran: the coach's settings are written again, and only after them would the welcome open.
    await waitFor(async () => {
      const keys = await evaluateIn<string[]>(cdp, await worker(), 'chrome.storage.local.get(null).then((all) => Object.keys(all))').catch((): string[] => []);
      return keys.includes('settings');
    }, 10_000, 'the settings the update writes');
    expect(await evaluateIn(cdp, await worker(), 'chrome.runtime.getManifest().version')).toBe(`${manifest.version}.1`);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await targets()).filter((t) => t.url === welcomeUrl)).toEqual([]);
  } finally {
    await browser.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
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
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^Done: 2 contacts added, 0 updated, [1-9]\d* messages and invitations linked\.\n/u);
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
      await page.locator('.linkedin-import-result p').first().waitFor({ timeout: 15_000 });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    } finally {
      await rapport.close();
    }
  });
}
