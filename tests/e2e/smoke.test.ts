import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedWorlds, launchRapport, waitFor, type Rapport } from './harness';

describe('the built extension in Chromium', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({
      routes: { '/feed/': 'feed.html', '/preload/': 'preload-empty.html' },
    });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('starts its service worker without errors', async () => {
    const sw = await rapport.serviceWorker();
    expect(sw.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
    expect(await sw.evaluate('typeof chrome.runtime.getManifest().version')).toBe('string');
  });

  it('renders the popup and the options page without console errors', async () => {
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await rapport.openExtensionPage(path);
      await page.waitForSelector('#app > *');
      expect(await page.locator('#app').innerText()).not.toBe('');
      await page.close();
    }
    expect(rapport.consoleErrors).toEqual([]);
  });

  it('injects the content script into the LinkedIn page and its same-origin /preload/ frame', async () => {
    const page = await rapport.context.newPage();
    const worlds = await isolatedWorlds(page, rapport.extensionId);
    await page.goto('https://www.linkedin.com/feed/');
    await page.frameLocator('iframe[data-testid="interop-iframe"]').locator('.application-outlet').waitFor({ state: 'attached' });
    await waitFor(() => worlds.contextIds().length >= 2, 10_000, 'a content-script world in the page and in the frame');
    expect(await worlds.evaluate<string>('location.origin')).toBe('https://www.linkedin.com');
    await page.close();
  });

  it('makes no request beyond LinkedIn fixtures and its own files', () => {
    expect(rapport.strayRequests).toEqual([]);
    expect(rapport.consoleErrors).toEqual([]);
  });
});
