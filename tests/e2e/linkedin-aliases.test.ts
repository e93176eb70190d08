import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashClasses } from './fixtures/hash-classes';
import type { ComposerSummary, Probe } from './fixtures/linkedin-probe';
import { CHROMIUM, CHROMIUM_FLAGS } from './harness';
import type { Recipient } from '../../src/linkedin/types';

/*
 * Where LinkedIn shows one person by both ids, src/linkedin reads both (the store then joins them):
 * the 2026 profile (slug in the URL, member id in the top card and its Message link), the invite
 * dialog opened from it in the /preload/ frame, and a thread whose header links both forms. Run in
 * real Chromium on the original fixtures and on copies with every class hashed.
 */

const FIXTURES = resolve('tests/e2e/fixtures');
const SLUG = 'ines-carvalho-7f3e';
const MEMBER = 'ACoAAInesCarvalhoFixture9';
const PROFILE_PATH = `/in/${SLUG}/`;

let browser: Browser;
let probe: string;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [resolve(FIXTURES, 'linkedin-probe.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false });
  probe = bundled.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser.close();
});

const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

async function open(path: string, top: string, frame = '<!doctype html><title>preload</title>'): Promise<Page> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'https://www.linkedin.com') return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: url.pathname.startsWith('/preload/') ? frame : top });
  });
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${path}`, { waitUntil: 'load' });
  return page;
}

async function owner(target: Page | Frame): Promise<Recipient | null> {
  await target.addScriptTag({ content: probe });
  return target.evaluate(() => (window as unknown as { rapportProbe: Probe }).rapportProbe.owner());
}

async function scan(target: Page | Frame): Promise<ComposerSummary[]> {
  await target.addScriptTag({ content: probe });
  return target.evaluate(() => (window as unknown as { rapportProbe: Probe }).rapportProbe.scan());
}

for (const variant of ['original', 'hashed'] as const) {
  const html = (name: string, edit: (s: string) => string = (s) => s): string => {
    const text = edit(fixture(name));
    return variant === 'hashed' ? hashClasses(text, 20_261_201) : text;
  };

  describe(`both ids of one person (${variant})`, () => {
    it('a 2026 profile: the slug of its URL and the member id of its top card, not the sidebar person', async () => {
      const page = await open(PROFILE_PATH, html('profile-2026.html'));
      expect(await owner(page)).toEqual({ id: SLUG, name: 'Ines Carvalho', profileUrl: `https://www.linkedin.com/in/${SLUG}/`, degree: 1, aliases: [MEMBER] });
      await page.context().close();
    });

    it('no member id without the top card (Message links elsewhere are not trusted), nor when the card and its Message link disagree', async () => {
      const noKey = await open(PROFILE_PATH, html('profile-2026.html', (s) => s.replaceAll(`ref${MEMBER}Topcard`, 'card-7')));
      expect((await owner(noKey))?.aliases).toBeUndefined();
      await noKey.context().close();
      const disagree = await open(PROFILE_PATH, html('profile-2026.html', (s) => s.replace(`recipient=${MEMBER}&amp;screenContext=NON_SELF_PROFILE_VIEW&amp;interop=msgOverlay" componentkey="7d6c`, `recipient=ACoAABrunoSayeedFixture2&amp;screenContext=NON_SELF_PROFILE_VIEW&amp;interop=msgOverlay" componentkey="7d6c`)));
      expect((await owner(disagree))?.aliases).toBeUndefined();
      await disagree.context().close();
    });

    it('the invite dialog in the /preload/custom-invite/ frame of that profile carries both ids', async () => {
      const page = await open(PROFILE_PATH, html('profile-2026.html'), html('invite-note.html'));
      await page.evaluate((slug) => {
        const frame = document.createElement('iframe');
        frame.src = `/preload/custom-invite/?vanityName=${slug}`;
        document.body.append(frame);
        return new Promise((done) => frame.addEventListener('load', done));
      }, SLUG);
      const frame = page.frames().find((f) => f.url().includes('/preload/custom-invite/'));
      if (!frame) throw new Error('no invite frame');
      const [invite] = await scan(frame);
      expect(invite?.adapter).toBe('invite-note');
      expect(invite?.recipient).toMatchObject({ id: SLUG, aliases: [MEMBER] });
      await page.context().close();
    });

    it('a thread header linking the member id and the slug names one person by both; by member id alone, by one', async () => {
      const both = (s: string) => s.replace('<div title="Head of Partnerships', `<a href="https://www.linkedin.com/in/${SLUG}/" title="Open Ines Carvalho’s profile">Ines Carvalho</a><div title="Head of Partnerships`);
      const page = await open('/messaging/thread/2-ines/', html('thread-member-id.html', both));
      expect((await scan(page))[0]?.recipient).toMatchObject({ id: MEMBER, name: 'Ines Carvalho', aliases: [SLUG] });
      await page.context().close();
      const single = await open('/messaging/thread/2-ines/', html('thread-member-id.html'));
      const [thread] = await scan(single);
      expect(thread?.recipient).toMatchObject({ id: MEMBER, name: 'Ines Carvalho' });
      expect(thread?.recipient?.aliases).toBeUndefined();
      await single.context().close();
      const someoneElse = (s: string) => s.replace('<div title="Head of Partnerships', '<a href="https://www.linkedin.com/in/bruno-sayeed-22c1/">Bruno Sayeed</a><div title="Head of Partnerships');
      const two = await open('/messaging/thread/2-ines/', html('thread-member-id.html', someoneElse));
      expect((await scan(two))[0]?.recipient?.aliases).toBeUndefined();
      await two.context().close();
    });
  });
}
