import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';
import { cases, type Case } from '../e2e/surface-cases';
import { badgeText, launchFirefox, pageState, shownRules, waitForRule, type FirefoxRapport } from './harness';

/** Every fixture surface in Firefox ESR, where LinkedIn puts it (top-level page) and in its same-origin /preload/ frame. */
describe('coaching in Firefox on every LinkedIn surface', () => {
  let rapport: FirefoxRapport;
  let extension: Page;

  const open = async (c: Case, placement: 'page' | 'frame') => {
    const prefix = new URL(c.path, 'https://www.linkedin.com').pathname;
    rapport.serve(prefix, placement === 'page' ? c.fixture : 'messaging-shell.html');
    rapport.serve('/preload/', placement === 'page' ? 'preload-empty.html' : c.fixture);
    const page = await rapport.openLinkedIn(c.path);
    const frame = placement === 'page' ? page.mainFrame() : page.frames().find((f) => f.url().includes('/preload/'));
    if (frame === undefined) throw new Error('no /preload/ frame');
    // pierce/ looks through LinkedIn's open shadow root (#interop-outlet) as the chat bubbles need.
    const editor = async () => frame.waitForSelector(`pierce/${c.editor ?? '[role="textbox"]'}`);
    return { page, editor };
  };

  beforeAll(async () => {
    rapport = await launchFirefox();
    extension = await rapport.openExtensionPage('src/popup/index.html');
  });

  afterAll(async () => {
    await rapport?.close();
  });

  for (const c of cases) {
    for (const placement of ['page', 'frame'] as const) {
      it(`${c.fixture} (${c.covers}) as a ${placement}: ${c.rule}, page.state names ${c.contact ?? 'nobody'}`, async () => {
        const { page, editor } = await open(c, placement);
        const field = await editor();
        await field?.click();
        if (c.type !== undefined) {
          await page.keyboard.press('End');
          await page.keyboard.type(c.type);
        }
        await waitForRule(rapport, page, c.rule);
        const state = await pageState(extension, page);
        expect(state.surface).toBe(c.surface);
        expect(state.contact?.id ?? null).toBe(c.contact);
        expect(state.findings.map((f) => f.rule)).toContain(c.rule);
        await page.close();
      });
    }
  }

  it('counts the findings of the draft in the toolbar badge, and clears it with the draft', async () => {
    rapport.serve('/messaging/thread/', 'coach-thread.html');
    const page = await rapport.openLinkedIn('/messaging/thread/2-badge/');
    await page.click('[role="textbox"]');
    await page.keyboard.type('Hi {first_name}, as we discussed, can I book a demo call to show you our product?');
    await waitForRule(rapport, page, 'unfilled-placeholder');
    const count = (await pageState(extension, page)).findings.length;
    expect(count).toBeGreaterThan(1);
    await waitFor(async () => (await badgeText(extension, page)) === String(count), 5_000, `badge ${count}`);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await waitFor(async () => (await badgeText(extension, page)) === '', 5_000, 'badge cleared');
    await page.close();
  });

  it('stays quiet on a clean draft, once the coach has read it', async () => {
    rapport.serve('/messaging/thread/', 'coach-thread.html');
    const page = await rapport.openLinkedIn('/messaging/thread/2-clean/');
    await page.click('[role="textbox"]');
    const probe = ' {first_name}';
    await page.keyboard.type(`Hi Jordan, I enjoyed your talk on onboarding research yesterday. What surprised you most?${probe}`);
    // The probe at the end proves the coach analysed this draft; it must be the only thing it says.
    await waitForRule(rapport, page, 'unfilled-placeholder');
    expect(await shownRules(rapport, page)).toEqual(['unfilled-placeholder']);
    for (let i = 0; i < probe.length; i++) await page.keyboard.press('Backspace');
    await waitForRule(rapport, page, 'unfilled-placeholder', false);
    expect(await shownRules(rapport, page)).toEqual([]);
    expect((await pageState(extension, page)).findings).toEqual([]);
    await page.close();
  });

  it('shows LinkedIn nothing but an attribute-less host whose shadow root it cannot open', async () => {
    rapport.serve('/messaging/thread/', 'coach-thread.html');
    const page = await rapport.openLinkedIn('/messaging/thread/2-probe/');
    await page.click('[role="textbox"]');
    await page.keyboard.type('Hi {first_name}, can I book a demo call?');
    await waitForRule(rapport, page, 'unfilled-placeholder');
    const seen = await page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      const markup = roots.flatMap((r) => [...r.childNodes].map((n) => new XMLSerializer().serializeToString(n))).join('');
      const form = document.querySelector('form');
      const host = [...(form?.children ?? [])].find((el) => el.attributes.length === 0 && el.tagName === 'DIV');
      let closed = false;
      try {
        host?.attachShadow({ mode: 'open' });
      } catch {
        closed = true;
      }
      return { urls: /moz-extension:|rapport/iu.test(markup), host: host !== undefined, shadowRoot: host?.shadowRoot ?? null, closed, styleSheets: document.styleSheets.length, globals: Object.keys(window).filter((k) => /rapport|browser|chrome/iu.test(k)) };
    });
    expect(seen).toMatchObject({ urls: false, host: true, shadowRoot: null, closed: true, globals: [] });
    await page.close();
  });

  it("is compatible with Firefox ESR 140 and later by Firefox's own add-on check, not with 139", async () => {
    // ESR 140 refused the 142.0 minimum it had (issue 13); the check is what the add-on manager runs on install.
    const compatible = await rapport.inChrome<string>(`(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID('rapport@rapport.invalid');
      return JSON.stringify(['139.0', '140.0', '153.8'].map((v) => addon.isCompatibleWith(v, v)));
    })()`);
    expect(JSON.parse(compatible)).toEqual([false, true, true]);
  });

  it('leaves no add-on error in the Browser Console and asks for nothing beyond the fixtures', async () => {
    expect(await rapport.addonErrors()).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
