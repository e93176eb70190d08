import { strToU8, zipSync } from 'fflate';
import type { CDPSession, Page } from 'playwright-core';
import { launchRapport, waitFor, type LaunchOptions, type Rapport } from './harness';

/** What the functions below use inside extension pages (the page's own `chrome`, not a Node global). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const POPUP = 'src/popup/index.html';
export const OPTIONS = 'src/options/index.html';

export function launchInLanguage(language: string, options: LaunchOptions = {}): Promise<Rapport> {
  return launchRapport({ locale: language, ...options });
}

export type Request = { type: string } & Record<string, unknown>;

/** Sends protocol requests from an extension page, as the popup and options page do; throws on the first refusal. */
export async function sendAll(page: Page, requests: Request[]): Promise<unknown[]> {
  return page.evaluate(async (reqs) => {
    const out: unknown[] = [];
    for (const req of reqs) {
      const res = (await chrome.runtime.sendMessage(req)) as { ok: boolean; data?: unknown; error?: { message: string } };
      if (!res.ok) throw new Error(`${req.type}: ${res.error?.message ?? 'no answer'}`);
      out.push(res.data);
    }
    return out;
  }, requests);
}

export interface SeedContact {
  id: string;
  name: string;
  headline?: string;
  wants?: string[];
  haves?: string[];
  notes?: string;
  /** interactions to record, oldest first */
  history?: { kind: 'sent' | 'received' | 'gave' | 'asked'; text?: string; at?: number }[];
}

/** The protocol requests that put these contacts into the background's store (either browser's suite sends them). */
export function seedRequests(contacts: SeedContact[]): Request[] {
  const requests: Request[] = [];
  for (const c of contacts) {
    requests.push({ type: 'contact.seen', contact: { id: c.id, name: c.name, headline: c.headline ?? '', degree: 1 } });
    const patch = { wants: c.wants, haves: c.haves, notes: c.notes };
    if (c.wants || c.haves || c.notes) requests.push({ type: 'contact.update', contactId: c.id, patch });
    for (const h of c.history ?? []) requests.push({ type: 'interaction.record', contactId: c.id, ...h });
  }
  return requests;
}

/** Puts contacts into the background's store through the public protocol, from an extension page. */
export async function seedContacts(page: Page, contacts: SeedContact[]): Promise<void> {
  await sendAll(page, seedRequests(contacts));
}

/** The popup opened as a page of its own: with no LinkedIn tab active it shows everyone. */
export async function openPopup(rapport: Rapport, viewport = { width: 380, height: 640 }): Promise<Page> {
  const page = await rapport.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${rapport.extensionId}/${POPUP}`);
  await page.locator('main:not([aria-busy])').waitFor();
  return page;
}

/** From the everyone view: find a contact by name and open their card. */
export async function openContact(popup: Page, name: string): Promise<void> {
  await popup.getByRole('searchbox').fill(name);
  await popup.locator('.search-results .contact-button', { hasText: name }).first().click();
  await popup.locator('article.contact h1', { hasText: name }).waitFor();
}

/**
 * The real toolbar popup, opened with chrome.action.openPopup() over the active tab. Playwright does
 * not attach to extension popups, so it is driven through CDP: attached from another page's
 * session, commands go in with Target.sendMessageToTarget and answers come back as events. This
 * keeps the popup honest: it finds the LinkedIn tab with tabs.query({active, currentWindow}) as it
 * does for users, which a popup opened as a tab of its own could not.
 */
export interface ActionPopup {
  evaluate<T>(expression: string): Promise<T>;
  /** waits until `expression` is truthy in the popup */
  until(expression: string, timeoutMs?: number): Promise<void>;
  /** focuses the element and inserts text as the keyboard would (input events, one per call) */
  type(selector: string, text: string): Promise<void>;
  /** PNG of the popup as the user sees it (Chrome caps a popup at 800 × 600 and scrolls the rest) */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** `colorScheme`: Playwright's emulation reaches only pages it attached to, so the popup gets its own. */
export async function openActionPopup(rapport: Rapport, over: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<ActionPopup> {
  await over.bringToFront();
  const sw = await rapport.serviceWorker();
  await sw.evaluate('chrome.action.openPopup()');
  const cdp = await rapport.context.newCDPSession(over);
  const url = `chrome-extension://${rapport.extensionId}/${POPUP}`;
  let targetId: string | undefined;
  await waitFor(async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string; type: string; attached: boolean }[] };
    targetId = targetInfos.find((t) => t.url === url && t.type === 'page' && !t.attached)?.targetId;
    return targetId !== undefined;
  }, 5_000, 'the action popup');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: targetId ?? '', flatten: false })) as { sessionId: string };

  let nextId = 1;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const command = (method: string, params: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });

  await command('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: colorScheme }] });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = (await command('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };

  return {
    evaluate,
    until: (expression, timeoutMs = 5_000) => waitFor(async () => Boolean(await evaluate(expression)), timeoutMs, expression),
    type: async (selector, text) => {
      await evaluate(`document.querySelector(${JSON.stringify(selector)}).focus()`);
      for (const ch of text) await command('Input.insertText', { text: ch });
    },
    screenshot: async () => {
      const { data } = (await command('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId: targetId ?? '' });
      await cdp.detach();
    },
  };
}

/**
 * A LinkedIn "Get a copy of your data" ZIP in miniature: a BOM, Connections.csv's "Notes:" preamble,
 * and the given rows under the export's real headers. `invitations: false` leaves Invitations.csv out.
 */
export function linkedInExportZip(connections: readonly string[], messages: readonly string[], { invitations = true } = {}): Uint8Array {
  const bom = '\uFEFF';
  const files: Record<string, Uint8Array> = {
    'Connections.csv': strToU8(bom + [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...connections,
    ].join('\n')),
    'messages.csv': strToU8(bom + ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER', ...messages].join('\n')),
  };
  if (invitations) files['Invitations.csv'] = strToU8(`${bom}From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n`);
  return zipSync(files);
}

/** Stops the extension's service worker, as Chrome does after 30 s idle, and waits until it says so. */
export async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  let stopped = false;
  const onUpdate = ({ versions }: { versions: { runningStatus: string }[] }) => {
    if (versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped')) stopped = true;
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(() => stopped, 10_000, 'the service worker to stop');
  cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
  await cdp.send('ServiceWorker.disable');
}
