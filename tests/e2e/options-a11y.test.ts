import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapport } from './harness';
import { launchInLanguage, OPTIONS } from './ui-helpers';

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`the options page in the ${scheme} theme`, () => {
    let rapport: Rapport;
    let options: Page;

    beforeAll(async () => {
      rapport = await launchInLanguage('en', { colorScheme: scheme });
      options = await rapport.openExtensionPage(OPTIONS);
      await options.locator('[data-rule-settings]').first().waitFor();
    });

    afterAll(async () => {
      await rapport.close();
    });

    it('has no axe violations, with findings highlighted in the preview and an import error shown', async () => {
      await options.locator('#preview-text').fill('Hi {first_name}, we help teams like yours. I added you to our newsletter. Can we book a demo? https://example.com');
      await options.locator('#preview .finding').first().waitFor();
      await options.locator('#import-json').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
      await options.locator('.import-json-error').waitFor();
      expect(await violations(options)).toEqual([]);
    });

    it('has no axe violations with the delete confirmation open', async () => {
      await options.getByRole('button', { name: 'Delete everything…' }).click();
      await options.getByRole('dialog').waitFor();
      expect(await violations(options)).toEqual([]);
      await options.keyboard.press('Escape');
      await expect.poll(() => options.getByRole('dialog').count()).toBe(0);
    });

    it('reaches every control from the keyboard, each with a visible focus ring', async () => {
      await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const controls = await options.locator('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])')
        .evaluateAll((els) => {
          const shown = els.filter((e) => !e.closest('dialog') && (e as HTMLElement).offsetParent !== null);
          // A radio group is one tab stop; arrow keys move inside it.
          const radios = shown.filter((e) => e instanceof HTMLInputElement && e.type === 'radio');
          return shown.length - radios.length + new Set(radios.map((r) => (r as HTMLInputElement).name)).size;
        });
      const seen = new Set<string>();
      const unringed: string[] = [];
      for (let i = 0; i < controls + 40 && seen.size < controls; i++) {
        await options.keyboard.press('Tab');
        const stop = await options.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const path = [...document.querySelectorAll('*')].indexOf(el);
          return { key: `${el.tagName}#${el.id}@${path}`, ringed: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        if (stop.key.startsWith('BODY')) continue;
        seen.add(stop.key);
        if (!stop.ringed) unringed.push(stop.key);
      }
      expect(seen.size).toBe(controls);
      expect(unringed).toEqual([]);
    });

    it('opens and cancels the delete confirmation without a mouse, the focus coming back to where it was', async () => {
      const button = options.getByRole('button', { name: 'Delete everything…' });
      await button.focus();
      await options.keyboard.press('Enter');
      await options.getByRole('dialog').waitFor();
      expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await options.keyboard.press('Enter');
      await expect.poll(() => options.getByRole('dialog').count()).toBe(0);
      expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Delete everything…');
    });

    it('leaves no console errors behind', () => {
      expect(rapport.consoleErrors).toEqual([]);
    });
  });
}
