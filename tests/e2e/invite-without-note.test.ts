import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicStep, ENGLISH, profileWith, STEP_ONE_WORDS, STEP_TWO, UPSELL, unknownShapeStep, WITHDRAW } from './fixtures/invite-steps';
import { CHROMIUM, CHROMIUM_FLAGS } from './harness';

/*
 * src/linkedin/invite-without-note.ts in real Chromium, without the extension: the adapter is
 * bundled with a probe that records what it makes of each click, on profile pages built from
 * fixtures/invite-steps.ts, served at a profile URL so the page owner is the invitee.
 */

let browser: Browser;
let probe: string;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [resolve('tests/e2e/fixtures/invite-probe.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false });
  probe = bundled.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser.close();
});

/** Opens `html` as Noor's profile, clicks each `data-test` button in turn and returns what was recorded per click. */
async function clicks(html: string, order: readonly string[]): Promise<(string | null)[]> {
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== 'https://www.linkedin.com') return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    const page: Page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/noor-haddad/', { waitUntil: 'load' });
    await page.addScriptTag({ content: probe });
    // Locators pierce open shadow roots, as the composed path does; force: an aria-disabled button still takes the click.
    for (const test of order) await page.locator(`[data-test="${test}"]`).click({ force: true });
    return await page.evaluate(() => [...(window as unknown as { rapportInvites: (string | null)[] }).rapportInvites]);
  } finally {
    await context.close();
  }
}

describe('"Send without a note" is counted in every UI language', () => {
  for (const words of STEP_ONE_WORDS) {
    it(`${words.lang}: by structure, the classic dialog's primary action; "${words.addNote}" is not an invitation`, async () => {
      expect(await clicks(profileWith(classicStep(words), words.lang), ['add', 'send'])).toEqual([null, 'noor-haddad']);
    });

    it(`${words.lang}: by label, "${words.sendWithout}" in a dialog of an unknown shape, inside #interop-outlet's shadow root`, async () => {
      expect(await clicks(profileWith(unknownShapeStep(words), words.lang, true), ['add', 'send'])).toEqual([null, 'noor-haddad']);
    });
  }

  it('by structure alone: a UI language with no label on the list (Italian) still counts', async () => {
    const italian = { lang: 'it', heading: 'Vuoi aggiungere una nota al tuo invito?', addNote: 'Aggiungi una nota', sendWithout: 'Invia senza nota' };
    expect(await clicks(profileWith(classicStep(italian), 'it'), ['add', 'send'])).toEqual([null, 'noor-haddad']);
  });
});

describe('clicks that send no invitation without a note are not counted', () => {
  it("step two's Send, with the note box open (the note records that invitation)", async () => {
    expect(await clicks(profileWith(STEP_TWO, 'en'), ['send'])).toEqual([null]);
  });

  it("another dialog's primary action (withdrawing an invitation)", async () => {
    expect(await clicks(profileWith(WITHDRAW, 'en'), ['send'])).toEqual([null]);
  });

  it('the Premium upsell that replaces the dialog when custom invites run out', async () => {
    expect(await clicks(profileWith(UPSELL, 'en'), ['send'])).toEqual([null]);
  });

  it('a send marked aria-disabled (LinkedIn greys it out while it is busy)', async () => {
    expect(await clicks(profileWith(classicStep(ENGLISH).replace('data-test="send"', 'data-test="send" aria-disabled="true"'), 'en'), ['send'])).toEqual([null]);
  });
});
