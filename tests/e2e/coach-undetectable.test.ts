import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS, launchRapport, type Rapport } from './harness';
import { changeSettings, pageState, typeInto, waitForAnalysis, waitForRule } from './coach-support';

const PATH = '/messaging/thread/2-probe/';
const FIXTURE = readFileSync('tests/e2e/fixtures/coach-thread.html', 'utf8');
const TYPED = 'Hi {first_name}, as we discussed, can I book a demo call to show you our product and pricing?';

/**
 * What LinkedIn's own scripts could run to spot Rapport: installed at document start in the page's
 * world, as LinkedIn's bundle would be, it records every mutation outside the draft from then on.
 */
function installProbe(): void {
  const w = window as unknown as { probe: { added: string[]; attributes: string[]; text: string[]; removed: string[] } };
  w.probe = { added: [], attributes: [], text: [], removed: [] };
  const inEditor = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest('[contenteditable]') != null;
  const describe = (node: Node) => (node instanceof Element ? `${node.tagName}${[...node.attributes].map((a) => `[${a.name}]`).join('')}` : node.nodeName);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (inEditor(r.target)) continue;
      if (r.type === 'attributes') w.probe.attributes.push(`${describe(r.target)} ${r.attributeName}`);
      else if (r.type === 'characterData') w.probe.text.push(describe(r.target));
      else {
        r.addedNodes.forEach((n) => w.probe.added.push(describe(n)));
        r.removedNodes.forEach((n) => w.probe.removed.push(describe(n)));
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

interface Scan {
  globals: string[];
  styleSheets: number;
  adoptedStyleSheets: number;
  styleElements: number;
  extensionUrls: string[];
  highlights: number;
  probedFetch: string;
  added: string[];
  attributes: string[];
  text: string[];
}

/** The page-world look-around: URLs, globals, stylesheets, highlights, a probe for the extension's files. */
async function scan(page: Page, extensionId: string): Promise<Scan> {
  return page.evaluate(async (id) => {
    const w = window as unknown as { probe: { added: string[]; attributes: string[]; text: string[] } };
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const markup = new XMLSerializer();
    const html = roots.flatMap((r) => [...r.childNodes].map((n) => markup.serializeToString(n))).join('');
    const resources = performance.getEntries().map((e) => e.name);
    const extensionUrls = [html, ...resources].filter((s) => /(?:chrome|moz)-extension:\/\//.test(s) || s.includes(id));
    let probedFetch: string;
    try {
      await fetch(`chrome-extension://${id}/manifest.json`);
      probedFetch = 'answered';
    } catch {
      probedFetch = 'refused';
    }
    return {
      globals: Object.getOwnPropertyNames(window).filter((k) => k !== 'probe').sort(),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: roots.reduce((n, r) => n + r.adoptedStyleSheets.length, 0),
      styleElements: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      extensionUrls,
      highlights: CSS.highlights.size,
      probedFetch,
      added: w.probe.added,
      attributes: w.probe.attributes,
      text: w.probe.text,
    };
  }, extensionId);
}

describe('LinkedIn cannot tell Rapport is installed', () => {
  let rapport: Rapport;
  let plain: Browser;
  let baseline: Scan;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
    await rapport.context.addInitScript(installProbe);

    // The same page in a browser without the extension, probed the same way.
    plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
    const context = await plain.newContext();
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === 'https://www.linkedin.com'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE })
      : route.abort('blockedbyclient')));
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${PATH}`);
    await typeInto(page, '[role="textbox"]', TYPED);
    baseline = await scan(page, rapport.extensionId);
  });

  afterAll(async () => {
    await plain.close();
    await rapport.close();
  });

  it('finds nothing but one attribute-less shadow host while findings are shown', async () => {
    const page = await rapport.openLinkedIn(PATH);
    await typeInto(page, '[role="textbox"]', TYPED);
    await waitForRule(await page.context().newCDPSession(page), 'unfilled-placeholder');
    const found = await scan(page, rapport.extensionId);

    expect(found.extensionUrls).toEqual([]);
    expect(found.probedFetch).toBe('refused');
    expect(found.globals).toEqual(baseline.globals);
    expect(found.styleSheets).toBe(baseline.styleSheets);
    expect(found.styleElements).toBe(baseline.styleElements);
    expect(found.adoptedStyleSheets).toBe(0);
    // CSS.highlights is one registry per document, shared with the page: it would give Rapport away.
    expect(found.highlights).toBe(0);
    expect(found.attributes).toEqual(baseline.attributes);
    expect(found.text).toEqual(baseline.text);
    expect(found.added.filter((n) => !baseline.added.includes(n))).toEqual(['DIV']);
    expect(found.added.filter((n) => n === 'DIV').length - baseline.added.filter((n) => n === 'DIV').length).toBe(1);
    expect(rapport.strayRequests).toEqual([]);
    await page.close();
  });

  it('finds nothing at all in zero-footprint mode', async () => {
    const extension = await rapport.openExtensionPage('src/popup/index.html');
    await changeSettings(extension, { zeroFootprint: true });
    const page = await rapport.openLinkedIn(PATH);
    await typeInto(page, '[role="textbox"]', TYPED);
    // The coach ran on the whole draft (and would have drawn, were it allowed to) before the scan.
    await waitForAnalysis(extension, page, TYPED.length);
    expect((await pageState(extension, page)).findings.length).toBeGreaterThan(0);
    const found = await scan(page, rapport.extensionId);
    expect({ ...found, globals: found.globals.length }).toEqual({ ...baseline, globals: baseline.globals.length });
    expect(found.globals).toEqual(baseline.globals);
    // The probe's own refused fetch of chrome-extension://…/manifest.json is the only console error.
    expect(rapport.consoleErrors.filter((e) => !e.endsWith('Failed to load resource: net::ERR_FAILED'))).toEqual([]);
    await page.close();
    await extension.close();
  });
});
