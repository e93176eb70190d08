import { chatOverlay } from './chat-overlay';
import { deepQueryAll } from './deep-query';
import { inmail } from './inmail';
import { inviteNote } from './invite-note';
import { messagingPage } from './messaging-page';
import { EDITOR_CANDIDATES } from './selectors';
import type { Composer, SurfaceAdapter } from './types';
import { isRendered } from './visibility';

/** Most specific first: an InMail form is also a bubble's or a thread's message form. */
const adapters: readonly SurfaceAdapter[] = [inviteNote, inmail, chatOverlay, messagingPage];

/**
 * Every rendered composer in this document and its open shadow roots. An editor no adapter
 * recognises (comment boxes, the post composer, an unknown LinkedIn redesign) is skipped silently.
 */
export function findComposers(doc: Document): Composer[] {
  const composers: Composer[] = [];
  for (const editor of editors(doc)) {
    const composer = quietly(() => (isRendered(editor) ? describe(editor) : null), null);
    if (composer !== null) composers.push(guarded(composer));
  }
  return composers;
}

function editors(doc: Document): HTMLElement[] {
  return quietly(() => deepQueryAll<HTMLElement>(doc, EDITOR_CANDIDATES), []);
}

function describe(editor: HTMLElement): Composer | null {
  for (const adapter of adapters) {
    const composer = adapter.describe(editor);
    if (composer !== null) return composer;
  }
  return null;
}

/** Readers run long after the scan, on a DOM LinkedIn keeps changing: they answer "nothing" rather than throw. */
function guarded(composer: Composer): Composer {
  return {
    ...composer,
    readDraft: () => quietly(composer.readDraft, ''),
    recipient: () => quietly(composer.recipient, null),
    history: () => quietly(composer.history, []),
    maxLength: () => quietly(composer.maxLength, null),
    panelSlot: () => quietly(composer.panelSlot, null),
    sendButton: () => quietly(composer.sendButton, null),
    form: () => quietly(composer.form, null),
  };
}

function quietly<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    // A page shape no adapter foresaw must never surface as an error on LinkedIn.
    return fallback;
  }
}
