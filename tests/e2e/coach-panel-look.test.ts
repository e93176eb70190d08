import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchRapport, type Rapport } from './harness';
import { attribute, closedShadowRoots, descendantsOf, domTree, shownFindings, typeInto, waitForRule, type DomNode } from './coach-support';

const THREAD = readFileSync('tests/e2e/fixtures/coach-thread.html', 'utf8');
/** LinkedIn in dark mode: the theme class on html and dark surfaces behind the composer. */
const DARK_THREAD = THREAD
  .replace('class="theme theme--mercado"', 'class="theme theme--mercado theme--dark"')
  .replace('<style>', '<style>\n    body, .msg-convo-wrapper { background: #1b1f23; color: #e8e8e8; }');

type Rgb = [number, number, number];

async function colours(cdp: CDPSession, node: DomNode): Promise<{ color: Rgb; background: Rgb }> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as { computedStyle: { name: string; value: string }[] };
  const rgb = (name: string): Rgb => {
    const value = computedStyle.find((p) => p.name === name)?.value ?? '';
    const [r = 0, g = 0, b = 0] = (value.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    return [r, g, b];
  };
  return { color: rgb('color'), background: rgb('background-color') };
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first finding card of the page's panel, as CDP sees it through the closed shadow root. */
async function firstCard(cdp: CDPSession): Promise<DomNode> {
  await domTree(cdp);
  const [shadow] = closedShadowRoots(await domTree(cdp));
  const card = [...descendantsOf(shadow ?? ({} as DomNode))].find((n) => attribute(n, 'data-rule') !== undefined);
  if (!card) throw new Error('no finding card');
  return card;
}

describe('the panel on dark LinkedIn and on light LinkedIn under a dark system theme', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ colorScheme: 'dark', routes: { '/messaging/thread/': 'coach-thread.html' } });
    rapport.serveHtml('/messaging/thread/2-dark', DARK_THREAD);
  });

  afterAll(async () => {
    await rapport.close();
  });

  for (const [path, surface] of [['/messaging/thread/2-dark/', 'dark'], ['/messaging/thread/2-light/', 'light']] as const) {
    it(`matches a ${surface} page and keeps its text readable (WCAG AA contrast)`, async () => {
      const page = await rapport.openLinkedIn(path);
      const cdp = await page.context().newCDPSession(page);
      await typeInto(page, '[role="textbox"]', 'Hi {first_name}, great to connect.');
      await waitForRule(cdp, 'unfilled-placeholder');
      const card = await firstCard(cdp);
      const { background } = await colours(cdp, card);
      expect(luminance(background) < 0.2).toBe(surface === 'dark');
      for (const text of [...descendantsOf(card)].filter((n) => n.nodeName === 'P' || n.nodeName === 'BUTTON' || n.nodeName === 'SPAN')) {
        const { color } = await colours(cdp, text);
        expect(contrast(color, background), `${text.nodeName} ${attribute(text, 'class') ?? ''}`).toBeGreaterThanOrEqual(4.5);
      }
      await page.close();
    });
  }
});

describe('the panel in the browser language', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ locale: 'nl-NL', routes: { '/messaging/thread/': 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('labels severity and actions in Dutch, and the finding itself is Dutch', async () => {
    const page = await rapport.openLinkedIn('/messaging/thread/2-nl/');
    const cdp = await page.context().newCDPSession(page);
    await typeInto(page, '[role="textbox"]', 'Hoi {first_name}, leuk je te spreken.');
    await waitForRule(cdp, 'unfilled-placeholder');
    const [finding] = await shownFindings(cdp);
    expect(finding?.text).toContain('Eerst aanpassen');
    expect(finding?.text).toContain('Hier negeren');
    expect(finding?.text).toContain('Deze zin nooit markeren');
    expect(finding?.text).toContain('Er staat nog een sjabloonveld in de tekst');
    expect(rapport.consoleErrors).toEqual([]);
    await page.close();
  });
});
