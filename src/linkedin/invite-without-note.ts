import { pageOwner } from './page-owner';
import { BUTTON, DIALOG, DIALOG_PRIMARY, INVITE_DIALOG, INVITE_HEADING, INVITE_NOTE, labels, UPSELL_LINK } from './selectors';
import type { Recipient } from './types';

const sendWithoutNote = new Set<string>(labels.sendWithoutNote);

/** Lower case, accents and spacing folded: "Trimiteţi  fără notă" and "trimiteti fara nota" are one label. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function labelled(button: Element): boolean {
  const aria = button.getAttribute('aria-label');
  return (aria !== null && sendWithoutNote.has(folded(aria))) || sendWithoutNote.has(folded(button.textContent ?? ''));
}

/** The invite dialog this click is in, or null when it is in another dialog or in none. */
function inviteDialog(path: readonly EventTarget[]): Element | null {
  const dialog = path.find((target): target is Element => target instanceof Element && (target.matches(DIALOG) || target.matches(INVITE_DIALOG)));
  if (!dialog) return null;
  return dialog.matches(INVITE_DIALOG) || dialog.querySelector(INVITE_HEADING) !== null ? dialog : null;
}

/**
 * The invitee when this click is on the invite dialog's "Send without a note": such an invitation
 * has no composer to watch, yet counts towards LinkedIn's weekly limit like any other. Known by
 * structure first (the invite dialog's primary action while it holds no note box, so in any UI
 * language), else by its label in the seven languages LinkedIn's UI ships that Rapport speaks. The
 * Send of a written note is recorded with the note, never here. The path is the click's composed
 * path, so a dialog inside an open shadow root is seen too.
 */
export function invitedWithoutNote(path: readonly EventTarget[], doc: Document): Recipient | null {
  const button = path.find((target): target is Element => target instanceof Element && target.matches(BUTTON));
  if (!button || (button instanceof HTMLButtonElement && button.disabled) || button.getAttribute('aria-disabled') === 'true') return null;
  const dialog = inviteDialog(path);
  if (dialog?.querySelector(INVITE_NOTE)) return null;
  const byStructure = dialog !== null && button.matches(DIALOG_PRIMARY) && dialog.querySelector(UPSELL_LINK) === null;
  if (!byStructure && !labelled(button)) return null;
  return pageOwner(doc);
}

// Test on: a 2nd-degree profile, Connect -> "Send without a note", e.g. https://www.linkedin.com/in/<slug>/
