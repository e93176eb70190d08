import { pageOwner } from './page-owner';
import { SEND_WITHOUT_NOTE } from './selectors';
import type { Recipient } from './types';

/**
 * The invitee when this click is on the invite dialog's "Send without a note": such an invitation
 * has no composer to watch, yet counts towards LinkedIn's weekly limit like any other. The path is
 * the click's composed path, so a dialog inside an open shadow root is seen too.
 */
export function invitedWithoutNote(path: readonly EventTarget[], doc: Document): Recipient | null {
  const button = path.find((target): target is Element => target instanceof Element && target.matches(SEND_WITHOUT_NOTE));
  if (!button || (button instanceof HTMLButtonElement && button.disabled)) return null;
  return pageOwner(doc);
}

// Test on: a 2nd-degree profile, Connect -> "Send without a note", e.g. https://www.linkedin.com/in/<slug>/
