import type { Runtime } from 'webextension-polyfill';
import { extensionApi as browser } from '../shared/extension-api';
import type { Finding, Surface } from '../rules/types';
import { pageOwner } from '../linkedin/page-owner';
import type { Recipient } from '../linkedin/types';
import type { Analysed, CoachView, FocusTracker } from './focus';
import type { Coach } from './coach';
import { listenUntil } from './lifetime';

interface PageState {
  contact: { id: string; name: string; headline?: string; profileUrl?: string } | null;
  surface: Surface | null;
  findings: Finding[];
  /**
   * Which draft `findings` describe: lets a reader tell "no findings" from "not analysed yet" (the
   * e2e tests wait on it instead of sleeping, without anything the page could see).
   */
  analysed: Analysed | null;
}

/**
 * The popup asks every frame of the tab at once and keeps the first answer, so the frame that knows
 * most answers first: one with the composer the user wrote in, then one with any composer, and the
 * top frame last, with "nothing here", so the popup is never left waiting.
 */
const DELAY_WITH_COMPOSER_MS = 50;
const DELAY_NOTHING_MS = 200;

/**
 * What Rapport's popup asks or tells this frame: `page.state` (what is on screen),
 * `contact.changed` (consent, gives or asks recorded there: the coach re-reads that person's history)
 * and `badge.refresh` (the popup opened, or closed a promise: the badge may count something else now).
 */
export function answerPopup(signal: AbortSignal, focus: FocusTracker, coaches: () => readonly Coach[]): void {
  // An answer goes through sendResponse (true: it comes later), which Chrome and Firefox both take;
  // a returned promise only Firefox does.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (signal.aborted || sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, contactId } = message as { type?: unknown; contactId?: unknown };
    if (type === 'contact.changed' && typeof contactId === 'string') {
      for (const coach of coaches()) coach.contactChanged(contactId);
      return undefined;
    }
    if (type === 'badge.refresh') {
      focus.refresh(window === window.top);
      return undefined;
    }
    if (type !== 'page.state') return undefined;
    const focused = focus.current();
    const view = focused ?? coaches()[0] ?? null;
    if (view === null && window !== window.top) return undefined;
    const delay = focused !== null ? 0 : view !== null ? DELAY_WITH_COMPOSER_MS : DELAY_NOTHING_MS;
    setTimeout(() => sendResponse({ ok: true, data: stateOf(view) }), delay);
    return true;
  };
  // undefined leaves the message to the frame that answers; the polyfill's type knows only `true`.
  listenUntil(browser.runtime.onMessage, listener as Runtime.OnMessageListenerCallback, signal);
}

function stateOf(view: CoachView | null): PageState {
  // No composer: a profile page still says whom the user is looking at.
  const who = view === null ? ownerOfThisPage() : view.contact();
  if (view === null) return { contact: contactOf(who), surface: null, findings: [], analysed: null };
  return { contact: contactOf(who), surface: view.surface(), findings: [...view.findings()], analysed: view.analysed() };
}

function ownerOfThisPage(): Recipient | null {
  try {
    return pageOwner(document);
  } catch {
    return null;
  }
}

function contactOf(who: Recipient | null): PageState['contact'] {
  return who === null ? null : { id: who.id, name: who.name, headline: who.headline, profileUrl: who.profileUrl };
}
