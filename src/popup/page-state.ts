import browser from 'webextension-polyfill';
import type { Finding, Surface } from '../rules/types';

export interface PageContact {
  id: string;
  name: string;
  headline?: string;
  profileUrl?: string;
}

export interface PageState {
  /** The tab that answered, to tell it when the popup changes what the coach knows about the person. */
  tabId: number | null;
  contact: PageContact | null;
  surface: Surface | null;
  findings: Finding[];
}

const NOTHING: PageState = { tabId: null, contact: null, surface: null, findings: [] };

/** A content script that has not answered by then is busy or gone; the popup must not wait on it. */
const ANSWER_WITHIN_MS = 800;

/**
 * Asks the content script in the active tab what is on screen. Any tab without it (another site,
 * a LinkedIn tab opened before the extension was installed) simply has no contact on screen.
 */
export async function activePageState(): Promise<PageState> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return NOTHING;
    const answer: unknown = await Promise.race([
      browser.tabs.sendMessage(tab.id, { type: 'page.state' }),
      new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS, null)),
    ]);
    return { ...asPageState(answer), tabId: tab.id };
  } catch {
    return NOTHING;
  }
}

/** The answer comes from a script in a web page's process: take only the shape we expect. */
function asPageState(answer: unknown): Omit<PageState, 'tabId'> {
  if (typeof answer !== 'object' || answer === null) return NOTHING;
  const data = 'ok' in answer && 'data' in answer ? (answer as { data: unknown }).data : answer;
  if (typeof data !== 'object' || data === null) return NOTHING;
  const { contact, surface, findings } = data as Partial<Record<keyof PageState, unknown>>;
  return {
    contact: isContact(contact) ? contact : null,
    surface: surface === 'message' || surface === 'invite-note' || surface === 'inmail' ? surface : null,
    findings: Array.isArray(findings) ? findings.filter(isFinding) : [],
  };
}

function isContact(x: unknown): x is PageContact {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return typeof c.id === 'string' && /^[\w%.-]{1,100}$/u.test(c.id) && typeof c.name === 'string';
}

function isFinding(x: unknown): x is Finding {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.rule === 'string' && typeof f.message === 'string' && typeof f.suggestion === 'string'
    && (f.severity === 'info' || f.severity === 'warning' || f.severity === 'error')
    && typeof f.start === 'number' && typeof f.end === 'number';
}

/**
 * Consent, gives and asks recorded here change what the coach in that tab should say about the
 * draft: the content script re-reads the person's history when told. A tab that does not listen
 * simply does not answer.
 */
export function tellPageContactChanged(tabId: number, contactId: string): void {
  browser.tabs.sendMessage(tabId, { type: 'contact.changed', contactId }).catch(() => undefined);
}

/**
 * The popup opened, or closed a promise: the LinkedIn tab behind it says its badge count again, and
 * the background recomputes overdue promises and contacts due. A tab that does not listen does not answer.
 */
export async function refreshPageBadge(): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'badge.refresh' }).catch(() => undefined);
  } catch {
    // No tab to tell (a popup opened over the browser's own pages).
  }
}
