import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lookup, readFixture, waitFor, WELCOME_PAGE } from '../e2e/harness';

export const FIREFOX = '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve('dist-firefox');
const GECKO_ID = 'rapport@rapport.invalid';
/** Fixed so extension pages have a known address; Firefox otherwise draws one per install. */
export const UUID = '5d1c8e2a-7b3f-4c6d-9e0a-1f2b3c4d5e6f';
export const ORIGIN = `moz-extension://${UUID}`;
// Firefox logs this for every add-on when a tab with its content script closes (its own teardown race).
const FIREFOX_NOISE = 'sendRemoveListener on closed conduit';

export interface ShownPanel {
  rules: string[];
  /** false once the panel's lease ran out (its script is gone) */
  visible: boolean;
}

/** The BiDi browsing context of a frame: Puppeteer keeps it as the frame's internal id. */
export function contextOf(frame: Frame): string {
  return (frame as unknown as { _id: string })._id;
}

/** Puppeteer's BiDi connection, for the commands it has no API for. */
interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: unknown }>;
}

interface BidiNode {
  type?: string;
  sharedId?: string;
  value?: { nodeType?: number; localName?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null; mode?: string };
}

export interface FirefoxRapport {
  browser: Browser;
  /** where Firefox saves downloads, without asking */
  downloads: string;
  /** evaluates in the browser's chrome scope (privileged: AddonManager, Services) */
  inChrome: <T>(expression: string) => Promise<T>;
  /** every request that was not for www.linkedin.com fixtures or the extension itself */
  strayRequests: string[];
  serve: (pathPrefix: string, fixture: string) => void;
  serveHtml: (pathPrefix: string, html: string) => void;
  openLinkedIn: (path: string) => Promise<Page>;
  /** an extension page in a background tab: its tabs.query({active}) finds the LinkedIn tab in front */
  openExtensionPage: (path: string) => Promise<Page>;
  bidi: <T>(method: string, params: Record<string, unknown>) => Promise<T>;
  /** Rapport's panels in every frame of `page`, read through its closed shadow roots */
  panels: (page: Page) => Promise<ShownPanel[]>;
  /** errors in the Browser Console from Rapport's pages, scripts and messages */
  addonErrors: () => Promise<string[]>;
  uninstall: () => Promise<void>;
  close: () => Promise<void>;
}

/** Every request is answered from the fixtures (LinkedIn) or the extension; anything else is refused and counted. */
function guard(page: Page, fixtures: Map<string, () => string>, stray: string[]): Promise<void> {
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.href === 'about:blank') return void request.continue();
    if (url.origin === 'https://www.linkedin.com') {
      const body = lookup(fixtures, url.pathname);
      return void request.respond(body === undefined ? { status: 204, body: '' } : { status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    stray.push(url.href);
    return void request.abort();
  });
  return page.setRequestInterception(true);
}

export async function launchFirefox(routes: Record<string, string> = {}): Promise<FirefoxRapport> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run `npm run build` first');
  const downloads = mkdtempSync(join(tmpdir(), 'rapport-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the tests read the Browser Console from the chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const bidi = async <T>(method: string, params: Record<string, unknown>): Promise<T> =>
    (await connection.send(method, params)).result as T;

  // Collect from the start: the console service keeps only the last few hundred messages.
  const { contexts } = await bidi<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = contexts[0]?.context ?? '';
  const inChrome = async <T>(expression: string): Promise<T> => {
    const r = await bidi<{ result?: { value?: T }; exceptionDetails?: { text: string } }>('script.evaluate', { expression, target: { context: chrome }, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result?.value as T;
  };
  await inChrome(`(() => {
    const seen = globalThis.rapportConsole = [];
    Services.console.registerListener({ observe(m) {
      if (m instanceof Ci.nsIScriptError && (m.flags & Ci.nsIScriptError.warningFlag) === 0) seen.push(m.errorMessage + ' @ ' + m.sourceName);
    } });
    return true;
  })()`);
  await browser.installExtension(DIST_FIREFOX);
  // A fresh install opens the welcome page in a tab of its own (src/background/welcome.ts), which
  // would come to the front over the test's first tab if it came later: waited for until it has
  // loaded, and left open behind the tests' tabs (closing it mid-request logs "Promise resolved after
  // context unloaded"). Puppeteer names extension tabs about:blank, so BiDi's own tree is asked.
  const welcomeLoaded = async (): Promise<boolean> => {
    const tree = await bidi<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {});
    const welcome = tree.contexts.find((c) => c.url.endsWith(`/${WELCOME_PAGE}`));
    if (welcome === undefined) return false;
    const r = await bidi<{ result?: { value?: string } }>('script.evaluate', { expression: 'document.readyState', target: { context: welcome.context }, awaitPromise: false });
    return r.result?.value === 'complete';
  };
  await waitFor(welcomeLoaded, 10_000, 'the welcome page a fresh install opens');

  const strayRequests: string[] = [];
  const fixtures = new Map<string, () => string>(Object.entries(routes).map(([prefix, file]) => [prefix, () => readFixture(file)]));
  const newPage = async (background: boolean): Promise<Page> => {
    const { context } = await bidi<{ context: string }>('browsingContext.create', { type: 'tab', background });
    let page: Page | undefined;
    await waitFor(async () => {
      page = (await browser.pages()).find((p) => contextOf(p.mainFrame()) === context);
      return page !== undefined;
    }, 5_000, 'the new tab');
    await guard(page as Page, fixtures, strayRequests);
    return page as Page;
  };

  const panelsIn = async (context: string): Promise<ShownPanel[]> => {
    const r = await bidi<{ result: BidiNode }>('script.evaluate', {
      expression: 'document', target: { context }, awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
    });
    const found: { panel: BidiNode; rules: string[] }[] = [];
    const rulesUnder = (node: BidiNode, out: string[]) => {
      const rule = node.value?.attributes?.['data-rule'];
      if (rule !== undefined) out.push(rule);
      for (const c of node.value?.children ?? []) rulesUnder(c, out);
      return out;
    };
    const walk = (node: BidiNode) => {
      const shadow = node.value?.shadowRoot;
      if (shadow?.value?.mode === 'closed') {
        const panel = shadow.value.children?.find((c) => (c.value?.attributes?.class ?? '').split(' ').includes('panel'));
        if (panel) found.push({ panel, rules: rulesUnder(panel, []).sort() });
      }
      for (const c of [...(node.value?.children ?? []), ...(shadow ? [shadow] : [])]) walk(c);
    };
    walk(r.result);
    return Promise.all(found.map(async ({ panel, rules }) => {
      const v = await bidi<{ result: { value: string } }>('script.callFunction', {
        functionDeclaration: '(el) => getComputedStyle(el).visibility', target: { context }, awaitPromise: false,
        arguments: [{ sharedId: panel.sharedId }],
      });
      return { rules, visible: v.result.value === 'visible' };
    }));
  };

  return {
    browser,
    downloads,
    inChrome,
    strayRequests,
    serve: (prefix, fixture) => fixtures.set(prefix, () => readFixture(fixture)),
    serveHtml: (prefix, html) => fixtures.set(prefix, () => html),
    openLinkedIn: async (path) => {
      const page = await newPage(false);
      await page.goto(`https://www.linkedin.com${path}`, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await newPage(true);
      // page.goto to a moz-extension:// URL never resolves; BiDi's own navigate does.
      await bidi('browsingContext.navigate', { context: contextOf(page.mainFrame()), url: `${ORIGIN}/${path}`, wait: 'complete' });
      return page;
    },
    bidi,
    panels: async (page) => {
      // A frame may go away between listing and reading it (a reload navigates the extension's own frames).
      const read = (frame: Frame) => panelsIn(contextOf(frame)).catch((error: unknown) => {
        if (String(error).includes('no such frame')) return [];
        throw error;
      });
      return (await Promise.all(page.frames().map(read))).flat();
    },
    addonErrors: async () => {
      const all = JSON.parse(await inChrome<string>('JSON.stringify(globalThis.rapportConsole)')) as string[];
      return all.filter((m) => (m.includes(UUID) || m.includes(GECKO_ID)) && !m.includes(FIREFOX_NOISE));
    },
    uninstall: () => browser.uninstallExtension(GECKO_ID),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
      if (strayRequests.length > 0) throw new Error(`requests beyond LinkedIn fixtures and the extension: ${strayRequests.join(', ')}`);
    },
  };
}

/** A request to the background from one of Rapport's pages, as the popup sends it. */
export async function ask<T>(extensionPage: Page, request: Record<string, unknown>): Promise<T> {
  const response = (await extensionPage.evaluate((r) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(r), request)) as { ok: boolean; data: T; error?: unknown };
  if (!response.ok) throw new Error(`${String(request.type)} failed: ${JSON.stringify(response.error)}`);
  return response.data;
}

/** Evaluated in a background extension page: the LinkedIn tab in front, as the popup finds it. */
export async function frontTab<T>(extensionPage: Page, fn: string): Promise<T> {
  return extensionPage.evaluate(`(async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return (${fn})(tab.id);
  })()`) as Promise<T>;
}

export async function pageState(extensionPage: Page, page: Page): Promise<{ contact: { id: string } | null; surface: string | null; findings: { rule: string }[] }> {
  await page.bringToFront();
  const answer = await frontTab<{ ok: boolean; data: { contact: { id: string } | null; surface: string | null; findings: { rule: string }[] } }>(extensionPage, "(id) => browser.tabs.sendMessage(id, { type: 'page.state' })");
  if (!answer.ok) throw new Error('page.state was not answered');
  return answer.data;
}

export async function badgeText(extensionPage: Page, page: Page): Promise<string> {
  await page.bringToFront();
  return frontTab<string>(extensionPage, '(id) => browser.action.getBadgeText({ tabId: id })');
}

export async function shownRules(rapport: FirefoxRapport, page: Page): Promise<string[]> {
  return (await rapport.panels(page)).flatMap((p) => (p.visible ? p.rules : [])).sort();
}

export async function waitForRule(rapport: FirefoxRapport, page: Page, rule: string, present = true): Promise<void> {
  await waitFor(async () => (await shownRules(rapport, page)).includes(rule) === present, 10_000, `${rule} ${present ? 'shown' : 'gone'}`);
}
