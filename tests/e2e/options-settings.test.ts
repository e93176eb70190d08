import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS, sendAll } from './ui-helpers';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const PITCH = 'Hi Ana, we help teams like yours cut churn by 30%. Can we book a demo this week?';

interface StoredSettings {
  engine: { allowlist: string[]; rules: Record<string, { enabled: boolean; severity: string; thresholds: Record<string, number>; extraPhrases: string[] }> };
  surfaces: Record<string, boolean>;
  zeroFootprint: boolean;
  syncEnabled: boolean;
  receivedSnippets: boolean;
}

describe('rule settings on the options page', () => {
  let rapport: Rapport;
  let options: Page;

  const stored = () => options.evaluate(async () => (await chrome.storage.local.get('settings')).settings) as Promise<StoredSettings | undefined>;
  const findings = (rule: string) => options.locator(`#preview .finding[data-rule="${rule}"]`).count();
  const rule = (id: string) => options.locator(`[data-rule-settings="${id}"]`);

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    options = await rapport.openExtensionPage(OPTIONS);
    await options.locator('#preview-text').fill(PITCH);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it("draws every rule of the engine's catalog, with its own thresholds and limits", async () => {
    expect(await options.locator('[data-rule-settings]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-settings'))))
      .toEqual(ruleCatalog.map((m) => m.id));
    for (const meta of ruleCatalog) {
      const inputs = rule(meta.id).locator('input[type=number]');
      expect(await inputs.count(), meta.id).toBe(meta.thresholds.length);
      for (const [i, th] of meta.thresholds.entries()) {
        const input = inputs.nth(i);
        expect([await input.getAttribute('min'), await input.getAttribute('max'), await input.inputValue()], `${meta.id}.${th.key}`)
          .toEqual([String(th.min), String(th.max), String(th.default)]);
      }
      expect(await rule(meta.id).locator('textarea').count(), meta.id).toBe(meta.phrases ? 1 : 0);
    }
  });

  it('switches a rule off through the background into storage, and the preview follows at once', async () => {
    await expect.poll(() => findings('early-pitch')).toBeGreaterThan(0);
    await rule('early-pitch').getByLabel('On', { exact: true }).uncheck();
    await expect.poll(async () => (await stored())?.engine.rules['early-pitch']?.enabled).toBe(false);
    expect(await findings('early-pitch')).toBe(0);
    await rule('early-pitch').getByLabel('On', { exact: true }).check();
    await expect.poll(() => findings('early-pitch')).toBeGreaterThan(0);
  });

  it('saves a severity and a threshold within range, and refuses one outside it', async () => {
    await rule('early-pitch').getByLabel('Shown as').selectOption('error');
    await expect.poll(async () => (await stored())?.engine.rules['early-pitch']?.severity).toBe('error');
    expect(await options.locator('#preview .finding[data-rule="early-pitch"]').first().getAttribute('class')).toMatch(/severity-error/u);

    const young = rule('early-pitch').getByLabel('Young while connected for fewer than (days)');
    await young.fill('14');
    await young.press('Tab');
    await expect.poll(async () => (await stored())?.engine.rules['early-pitch']?.thresholds.youngDays).toBe(14);
    await young.fill('9999');
    await young.press('Tab');
    expect(await young.evaluate((e: HTMLInputElement) => e.validity.valid)).toBe(false);
    expect((await stored())?.engine.rules['early-pitch']?.thresholds.youngDays).toBe(14);
  });

  it("takes the user's own phrases for a rule and an allowlist", async () => {
    await options.locator('#preview-text').fill("Hi Ana, let's have a quick sync call");
    await expect.poll(() => findings('early-pitch')).toBe(0);
    await rule('early-pitch').locator('textarea').fill('quick sync call');
    await rule('early-pitch').locator('textarea').press('Tab');
    await expect.poll(() => findings('early-pitch')).toBe(1);
    expect(await options.locator('#preview mark').innerText()).toBe('quick sync call');

    await options.getByLabel('Never flag these phrases (one per line)').fill('quick sync call');
    await options.getByLabel('Never flag these phrases (one per line)').press('Tab');
    await expect.poll(async () => (await stored())?.engine.allowlist).toEqual(['quick sync call']);
    await expect.poll(() => findings('early-pitch')).toBe(0);
  });

  it('switches a surface off and the preview says the coach is silent there', async () => {
    await options.locator('#preview-text').fill(PITCH);
    await options.getByLabel('Messages and chat').first().uncheck();
    await expect.poll(async () => (await stored())?.surfaces.message).toBe(false);
    expect(await options.locator('#preview .finding').count()).toBe(0);
    expect(await options.locator('#preview').innerText()).toContain('Coaching is switched off for this kind of message.');
    await options.getByLabel('Messages and chat').first().check();
    await expect.poll(() => options.locator('#preview .finding').count()).toBeGreaterThan(0);
  });

  it('explains sync in one sentence and stores the opt-in', async () => {
    const hint = await options.locator('#sync-hint').innerText();
    expect(hint.split(/[.;!?]\s/u).filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(hint).toMatch(/never leave this device/u);
    await options.getByLabel('Sync my rule settings').check();
    await expect.poll(async () => (await stored())?.syncEnabled).toBe(true);
  });

  it('keeps received messages as snippets until the user chooses to keep none', async () => {
    const box = options.getByLabel('Keep the opening of messages you receive');
    expect(await box.isChecked()).toBe(true);
    expect(await options.locator('#received-snippets-hint').innerText()).toMatch(/140 characters/u);
    await box.uncheck();
    await expect.poll(async () => (await stored())?.receivedSnippets).toBe(false);
  });

  it('shows a change made elsewhere (another page, another device through sync) without a reload', async () => {
    const other = await rapport.openExtensionPage(OPTIONS);
    const [current] = (await sendAll(other, [{ type: 'settings.get' }])) as { settings: StoredSettings }[];
    if (!current) throw new Error('no settings');
    await sendAll(other, [{ type: 'settings.set', settings: { ...current.settings, zeroFootprint: true } }]);
    await other.close();
    await expect.poll(() => options.getByLabel('Zero footprint').isChecked()).toBe(true);
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
