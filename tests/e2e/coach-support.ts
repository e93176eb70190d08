import type { CDPSession, Page } from 'playwright-core';
import { waitFor, type Rapport } from './harness';

/** A node of CDP's DOM.getDocument with pierce: true — the one view that sees closed shadow roots. */
export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

export interface ShownFinding {
  rule: string;
  text: string;
  /** backend node ids of its buttons, by data-action */
  buttons: Record<string, number>;
}

export async function domTree(cdp: CDPSession): Promise<DomNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  return root;
}

export function attribute(node: DomNode, name: string): string | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

/** Every node below `node`: children, shadow roots of every kind and frame documents. */
export function* descendantsOf(node: DomNode): Generator<DomNode> {
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    yield child;
    yield* descendantsOf(child);
  }
}

export function closedShadowRoots(root: DomNode): DomNode[] {
  return [...descendantsOf(root)].filter((n) => n.shadowRootType === 'closed');
}

function textOf(node: DomNode): string {
  return [...descendantsOf(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');
}

/** The findings Rapport shows, read from its closed shadow roots (every frame). */
export async function shownFindings(cdp: CDPSession): Promise<ShownFinding[]> {
  const out: ShownFinding[] = [];
  for (const shadow of closedShadowRoots(await domTree(cdp))) {
    for (const el of descendantsOf(shadow)) {
      const rule = attribute(el, 'data-rule');
      if (rule === undefined) continue;
      const buttons: Record<string, number> = {};
      for (const b of descendantsOf(el)) {
        const action = attribute(b, 'data-action');
        if (b.nodeName === 'BUTTON' && action !== undefined) buttons[action] = b.backendNodeId;
      }
      out.push({ rule, text: textOf(el), buttons });
    }
  }
  return out;
}

export async function shownRules(cdp: CDPSession): Promise<string[]> {
  return (await shownFindings(cdp)).map((f) => f.rule).sort();
}

export async function waitForRule(cdp: CDPSession, rule: string, present = true, timeoutMs = 5_000): Promise<void> {
  await waitFor(async () => (await shownRules(cdp)).includes(rule) === present, timeoutMs, `${rule} ${present ? 'shown' : 'gone'}`);
}

/** A real mouse click at the centre of a node, as a user would press a button in the panel. */
export async function clickNode(page: Page, cdp: CDPSession, backendNodeId: number): Promise<void> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/**
 * The whole DOM as text — attributes, text, shadow roots of every kind, frames — with what the
 * user typed into editors left out, so "before typing" and "after typing" compare byte for byte.
 */
export function serialize(node: DomNode, out: string[] = []): string {
  if (node.nodeType === 3) out.push(`#text ${JSON.stringify(node.nodeValue)}`);
  else if (node.nodeType === 8) out.push(`#comment ${JSON.stringify(node.nodeValue)}`);
  else out.push(`<${node.nodeName}${node.shadowRootType ? `:${node.shadowRootType}` : ''} ${JSON.stringify(node.attributes ?? [])}>`);
  const editable = attribute(node, 'contenteditable') === 'true' || attribute(node, 'contenteditable') === 'plaintext-only';
  for (const child of node.shadowRoots ?? []) serialize(child, out);
  if (!editable) for (const child of node.children ?? []) serialize(child, out);
  if (node.contentDocument) serialize(node.contentDocument, out);
  out.push(`</${node.nodeName}>`);
  return out.join('\n');
}

/** A request to the background from one of Rapport's own pages, as the popup sends it. */
export async function ask<T>(extensionPage: Page, request: Record<string, unknown>): Promise<T> {
  const response = await extensionPage.evaluate((r) => chrome.runtime.sendMessage(r), request) as { ok: boolean; data: T; error?: unknown };
  if (!response.ok) throw new Error(`${String(request.type)} failed: ${JSON.stringify(response.error)}`);
  return response.data;
}

/** Changes app settings the way the options page does (the background validates and writes them). */
export async function changeSettings(extensionPage: Page, patch: Record<string, unknown>): Promise<void> {
  const { settings } = await ask<{ settings: Record<string, unknown> }>(extensionPage, { type: 'settings.get' });
  await ask(extensionPage, { type: 'settings.set', settings: { ...settings, ...patch, updatedAt: Date.now() } });
}

export interface PageState {
  contact: { id: string; name: string; headline?: string; profileUrl?: string } | null;
  surface: string | null;
  findings: { rule: string; start: number; end: number }[];
  /** Which draft the findings describe (its length), and whether the stored history was known then. */
  analysed: { length: number; withHistory: boolean } | null;
}

/** What the popup learns from the tab showing `page`: `page.state`, asked as the popup asks it. */
export async function pageState(extensionPage: Page, page: Page): Promise<PageState> {
  await page.bringToFront();
  const answer = (await extensionPage.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'page.state' });
  })) as { ok: boolean; data: PageState };
  if (!answer.ok) throw new Error('page.state was not answered');
  return answer.data;
}

/**
 * Waits until the coach in `page` has analysed a draft of `draftLength` characters with the
 * person's stored history: only then does "no finding" mean the coach found nothing, not that it
 * has not run yet. Asked from the extension side, as the popup asks, so the page sees nothing.
 */
export async function waitForAnalysis(extensionPage: Page, page: Page, draftLength: number): Promise<void> {
  let last: PageState['analysed'] = null;
  await waitFor(async () => {
    last = (await pageState(extensionPage, page)).analysed;
    return last !== null && last.withHistory && last.length === draftLength;
  }, 5_000, `the coach's analysis of a ${draftLength}-character draft`).catch((err: unknown) => {
    throw new Error(`${err instanceof Error ? err.message : String(err)}; last analysed ${JSON.stringify(last)}`);
  });
}

/** The toolbar badge text of the tab showing `page`. */
export async function badgeText(rapport: Rapport, page: Page): Promise<string> {
  await page.bringToFront();
  const sw = await rapport.serviceWorker();
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '?' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** The badge of the tab in front, read from an extension page: unlike an evaluate in the worker, it does not start a stopped one. */
export function badgeOf(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '?' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** Types like a user: one key event per character, into the editor that has the focus. */
export async function typeInto(page: Page, selector: string, text: string, delay = 0): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay });
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/**
 * Event listeners that Rapport's content script holds in a page (window, every node, shadow roots
 * and frames), told apart from the page's own by the script that registered them.
 */
export async function contentScriptListeners(cdp: CDPSession, extensionId: string): Promise<number> {
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e: { scriptId: string; url: string }) => scripts.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  const ours = (l: { scriptId: string }) => (scripts.get(l.scriptId) ?? '').startsWith(`chrome-extension://${extensionId}/`);
  let count = 0;
  for (const [expression, depth] of [['window', 0], ['document', -1]] as const) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? '', depth, pierce: true })) as { listeners: { scriptId: string }[] };
    count += listeners.filter(ours).length;
  }
  await cdp.send('Debugger.disable');
  return count;
}

/** Live instances of a constructor (MutationObserver, ResizeObserver…) in one world, after a full GC. */
export async function liveInstances(cdp: CDPSession, contextId: number, constructorName: string): Promise<number> {
  // The array queryObjects returns holds every instance it found: release it, or the count itself leaks.
  const objectGroup = 'rapport-live-instances';
  await cdp.send('HeapProfiler.collectGarbage');
  try {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `${constructorName}.prototype`, contextId, objectGroup });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId ?? '', objectGroup });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId ?? '', functionDeclaration: 'function () { return this.length; }', returnByValue: true, objectGroup });
    return result.value as number;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}
