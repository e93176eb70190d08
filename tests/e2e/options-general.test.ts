import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS } from './ui-helpers';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

interface StoredSettings {
  account: 'free' | 'premium';
  engine: { locale: string };
}

// 250 characters: too long for a free account's invite note (200), fine for Premium (300).
const NOTE = `Hi Ana, your talk on design systems at Config was the clearest I have heard. ${'I would love to stay in touch and learn from your work. '.repeat(4)}`.slice(0, 250);
const PLACEHOLDER = 'Hi {first_name}, great to meet you at the meetup.';

describe('the account and the coach language on the options page', () => {
  let rapport: Rapport;
  let options: Page;

  const stored = () => options.evaluate(async () => (await chrome.storage.local.get('settings')).settings) as Promise<StoredSettings | undefined>;
  const previewRules = () => options.locator('#preview .finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));

  beforeAll(async () => {
    rapport = await launchInLanguage('en');
    options = await rapport.openExtensionPage(OPTIONS);
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('the account radio is stored, and sets the invite-note limit the preview checks', async () => {
    expect(NOTE.length).toBe(250);
    await options.locator('#preview-surface').selectOption('invite-note');
    await options.locator('#preview-text').fill(NOTE);
    await expect.poll(previewRules).toContain('invite-note-too-long');
    expect(await options.getByLabel('Free: invitation notes up to 200 characters').isChecked()).toBe(true);

    await options.getByLabel('Premium: invitation notes up to 300 characters').check();
    await expect.poll(async () => (await stored())?.account).toBe('premium');
    await expect.poll(previewRules).not.toContain('invite-note-too-long');

    // A fresh options page shows what was stored.
    const again = await rapport.openExtensionPage(OPTIONS);
    expect(await again.getByLabel('Premium: invitation notes up to 300 characters').isChecked()).toBe(true);
    await again.getByLabel('Free: invitation notes up to 200 characters').check();
    await again.close();
    await expect.poll(async () => (await stored())?.account).toBe('free');
    await expect.poll(previewRules).toContain('invite-note-too-long');
  });

  it('the coach language is stored, and the findings speak it', async () => {
    await options.locator('#preview-surface').selectOption('message');
    await options.locator('#preview-text').fill(PLACEHOLDER);
    const finding = options.locator('#preview .finding[data-rule="unfilled-placeholder"]');
    await expect.poll(() => finding.innerText()).toContain('template');

    await options.getByLabel('Language of the coach').selectOption('nl');
    await expect.poll(async () => (await stored())?.engine.locale).toBe('nl');
    await expect.poll(() => finding.innerText()).toContain('sjabloonveld');
    expect(await finding.locator('.finding-message').getAttribute('lang')).toBe('nl');

    const again = await rapport.openExtensionPage(OPTIONS);
    expect(await again.getByLabel('Language of the coach').inputValue()).toBe('nl');
    await again.close();
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
