import { chromium, type BrowserContext, type CDPSession, type Page, type Route, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = resolve('dist');
const FIXTURES = resolve('tests/e2e/fixtures');

export interface LaunchOptions {
  /** pathname prefix on www.linkedin.com -> fixture file name in tests/e2e/fixtures (longest prefix wins) */
  routes?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  /**
   * Browser language. Chromium takes the language of extension messages from LANGUAGE on Linux
   * (Playwright's `locale` only sets navigator.language and Accept-Language), so both are set.
   */
  locale?: string;
  /** false: a window on the screen with the window's own size (`npm run demo`); the tests run headless */
  headless?: boolean;
  /** an existing profile to start (kept on close, e.g. to start it again after an update); default a fresh one */
  userDataDir?: string;
  /** the unpacked extension to load; default dist/ */
  extensionDir?: string;
  /**
   * The tab a fresh install opens (the welcome page): 'close' waits for it and closes it, so every
   * test starts from the same tabs (and fails if it never came); 'keep' leaves the tabs alone.
   */
  welcome?: 'close' | 'keep';
  /** the caller stops the browser on SIGINT/SIGTERM itself (the demo); by default Playwright kills it and exits */
  ownSignals?: boolean;
  /**
   * true: pages may enter the back/forward cache, as in a user's Chrome. Playwright starts Chromium
   * with --disable-back-forward-cache (so that goBack() always makes a request its routes see), which
   * keeps every page out of it.
   */
  backForwardCache?: boolean;
}

export interface Rapport {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** every request that was not for www.linkedin.com fixtures or the extension itself */
  strayRequests: string[];
  /** console errors and uncaught exceptions from every page and the service worker */
  consoleErrors: string[];
  /** serve a fixture for a pathname prefix from now on */
  serve: (pathPrefix: string, fixture: string) => void;
  /** serve literal HTML for a pathname prefix from now on */
  serveHtml: (pathPrefix: string, html: string) => void;
  openLinkedIn: (path: string) => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Flags for every Chromium the tests start, with or without the extension. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these, Chromium's own background traffic hits the closed network on every start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export const WELCOME_PAGE = 'src/welcome/index.html';

function chromiumArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS];
}

export async function launchRapport(options: LaunchOptions = {}): Promise<Rapport> {
  const extensionDir = options.extensionDir ?? DIST;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first`);
  const headless = options.headless ?? true;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs(extensionDir),
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    viewport: headless ? { width: 1280, height: 900 } : null,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    ...(options.ownSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });
  const strayRequests: string[] = [];
  const consoleErrors: string[] = [];
  const fixtures = new Map<string, () => string>(
    Object.entries(options.routes ?? {}).map(([prefix, file]) => [prefix, () => readFixture(file)]),
  );

  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.origin === 'https://www.linkedin.com') {
      const body = lookup(fixtures, url.pathname);
      if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      // LinkedIn asset and API paths the fixtures do not model: answer empty, never the network.
      return route.fulfill({ status: 204, body: '' });
    }
    strayRequests.push(url.href);
    return route.abort('blockedbyclient');
  });

  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  // A stopped worker's handle stays in context.serviceWorkers(): keep only the running ones.
  const running = new Set<Worker>();
  const track = (worker: Worker) => {
    if (!worker.url().startsWith('chrome-extension://')) return;
    running.add(worker);
    worker.on('close', () => running.delete(worker));
  };
  context.on('serviceworker', track);
  context.serviceWorkers().forEach(track);
  const serviceWorker = async (): Promise<Worker> => {
    const [worker] = running;
    return worker ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  if ((options.welcome ?? 'close') === 'close') {
    const welcome = `chrome-extension://${extensionId}/${WELCOME_PAGE}`;
    await waitFor(() => context.pages().some((p) => p.url() === welcome), 10_000, 'the welcome page a fresh install opens');
    // Closed once loaded: an extension page closed mid-load now and then left the next one opened
    // (the popup, say) with empty chrome.i18n messages.
    await Promise.all(context.pages().filter((p) => p.url() === welcome).map(async (p) => {
      await p.waitForLoadState('load');
      await p.close();
    }));
  }

  return {
    context,
    extensionId,
    serviceWorker,
    strayRequests,
    consoleErrors,
    serve: (prefix, fixture) => fixtures.set(prefix, () => readFixture(fixture)),
    serveHtml: (prefix, html) => fixtures.set(prefix, () => html),
    openLinkedIn: async (path) => {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return page;
    },
    // Every test closes its browser: that is where a request that left for the network fails it.
    close: async () => {
      await context.close();
      if (options.userDataDir === undefined) rmSync(userDataDir, { recursive: true, force: true });
      if (strayRequests.length > 0) throw new Error(`requests beyond LinkedIn fixtures and the extension: ${strayRequests.join(', ')}`);
    },
  };
}

export function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export function lookup(fixtures: Map<string, () => string>, pathname: string): string | undefined {
  let best: string | undefined;
  for (const prefix of fixtures.keys()) {
    if (pathname.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : fixtures.get(best)?.();
}

/**
 * The content script's isolated worlds in a page, seen through CDP: the only way to observe the
 * content script without it leaving a trace LinkedIn could see.
 */
export interface IsolatedWorlds {
  cdp: CDPSession;
  /** execution context ids of Rapport's content script, one per frame it runs in */
  contextIds: () => number[];
  /** evaluate an expression in the content script's world of the given frame (default: first) */
  evaluate: <T>(expression: string, contextId?: number) => Promise<T>;
}

export async function isolatedWorlds(page: Page, extensionId: string): Promise<IsolatedWorlds> {
  const cdp = await page.context().newCDPSession(page);
  const ids = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) ids.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => ids.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => ids.clear());
  await cdp.send('Runtime.enable');
  return {
    cdp,
    contextIds: () => [...ids],
    evaluate: async <T>(expression: string, contextId?: number): Promise<T> => {
      const id = contextId ?? [...ids][0];
      if (id === undefined) throw new Error('no Rapport content-script world in this page');
      const result = await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true });
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value as T;
    },
  };
}

export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
