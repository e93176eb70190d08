import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from './harness';
import { badgeText, changeSettings, pageState, waitForAnalysis } from './coach-support';
import { OPTIONS } from './ui-helpers';

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};

interface Stored {
  zeroFootprint: boolean;
  account: string;
  syncEnabled: boolean;
  updatedAt: number;
}

// 100 findings: 50 placeholders and 50 links, each rule at the engine's cap of 50.
const CROWDED = Array.from({ length: 60 }, (_, i) => `Item {field_${i}} is at https://acme.io/p${i} today.`).join(' ');

describe('what the service worker wires up', () => {
  let rapport: Rapport;
  let extension: Page;

  const local = () => extension.evaluate(async () => (await chrome.storage.local.get('settings')).settings) as Promise<Stored | undefined>;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
    extension = await rapport.openExtensionPage(OPTIONS);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('adopts a newer settings copy arriving in storage.sync (another device) through storage.onChanged', async () => {
    await changeSettings(extension, { syncEnabled: true });
    await expect.poll(async () => (await local())?.syncEnabled).toBe(true);
    // The background mirrored its copy to sync; "another device" then writes a newer one.
    const mirrored = await extension.evaluate(async () => (await chrome.storage.sync.get('settings')).settings) as Stored;
    expect(mirrored.zeroFootprint).toBe(false);
    await extension.evaluate(async (copy) => chrome.storage.sync.set({ settings: copy }), { ...mirrored, zeroFootprint: true, account: 'premium', updatedAt: mirrored.updatedAt + 60_000 });
    await expect.poll(async () => (await local())?.zeroFootprint).toBe(true);
    expect((await local())?.account).toBe('premium');
    // And an older copy (a device that was offline) changes nothing.
    const now = (await local()) as Stored;
    await extension.evaluate(async (copy) => chrome.storage.sync.set({ settings: copy }), { ...now, zeroFootprint: false, account: 'free', updatedAt: now.updatedAt - 120_000 });
    // A newer copy changing one field afterwards is the barrier: once it is in, the older one was handled before it.
    await extension.evaluate(async (copy) => chrome.storage.sync.set({ settings: copy }), { ...now, updatedAt: now.updatedAt + 1_000, surfaces: { message: true, 'invite-note': false, inmail: true } });
    await expect.poll(async () => ((await local()) as Stored & { surfaces: Record<string, boolean> } | undefined)?.surfaces['invite-note']).toBe(false);
    expect(await local()).toMatchObject({ zeroFootprint: true, account: 'premium' });
    await changeSettings(extension, { syncEnabled: false, zeroFootprint: false, surfaces: { message: true, 'invite-note': true, inmail: true } });
  });

  it('caps the toolbar badge at 99 when a draft has more findings', async () => {
    const page = await rapport.openLinkedIn('/messaging/thread/2-crowded/');
    await page.locator('[role="textbox"]').evaluate((editor, draft) => {
      editor.replaceChildren(Object.assign(document.createElement('p'), { textContent: draft }));
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, CROWDED);
    await page.locator('[role="textbox"]').click();
    await waitForAnalysis(extension, page, CROWDED.length);
    // 50 placeholders and 50 links at least (each rule stops at 50): more than the badge shows.
    expect((await pageState(extension, page)).findings.length).toBeGreaterThanOrEqual(100);
    await expect.poll(() => badgeText(rapport, page)).toBe('99');

    // Back under the cap, the badge counts exactly again.
    await page.locator('[role="textbox"]').evaluate((editor) => {
      editor.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Hi {first_name}, see https://acme.io/x' }));
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await expect.poll(() => badgeText(rapport, page)).toBe('2');
    await page.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
