import { isRendered } from './visibility';
import { readHistory } from './history';
import { slotBeforeSend } from './panel-slot';
import { draftText } from './plain-text';
import { DIALOG, EVENT, fast, FEED_UPDATE, FORM, HEADER, PROFILE_LINK, RECIPIENT_INPUT, SUBJECT, SUBMIT } from './selectors';
import { threadRecipient } from './thread-recipient';
import type { AdapterName, Composer } from './types';

/**
 * The form that owns a messaging editor: a form with a submit button, outside any feed update
 * (comment boxes also sit in forms with a submit button).
 */
export function messageFormOf(editor: HTMLElement): HTMLFormElement | null {
  const form = editor.closest(FORM);
  if (form === null || form.querySelector(SUBMIT) === null || editor.closest(FEED_UPDATE) !== null) return null;
  return form;
}

/** An open overlay bubble: a dialog with a header around the form, neither minimized nor hidden. */
export function bubbleOf(form: HTMLFormElement): Element | null {
  const bubble = form.closest(fast.bubble)
    ?? [...ancestors(form)].find((element) => element.matches(DIALOG) && element.querySelector(HEADER) !== null);
  if (!bubble || bubble.matches(fast.minimizedBubble) || !isRendered(bubble)) return null;
  return bubble;
}

/** The thread pane holds the form directly or nearly so; a page-wide ancestor would be a guess. */
const PANE_DEPTH = 4;

/**
 * The full-page thread pane: the nearest container of the form that shows a conversation (messages,
 * a profile link or the new-message recipient field) besides the form itself.
 */
export function threadPaneOf(form: HTMLFormElement): Element | null {
  for (const element of [...ancestors(form)].slice(0, PANE_DEPTH)) {
    if (element.matches(DIALOG)) return null;
    const evidence = [...element.querySelectorAll(`${EVENT}, ${RECIPIENT_INPUT}, ${PROFILE_LINK}`)];
    if (evidence.some((found) => !form.contains(found))) return element;
  }
  return null;
}

export function isInMail(form: HTMLFormElement, scope: Element): boolean {
  return form.querySelector(SUBJECT) !== null || scope.querySelector(fast.inmailBanner) !== null;
}

export function messageComposer(adapter: AdapterName, editor: HTMLElement, form: HTMLFormElement, scope: Element): Composer {
  const subject = adapter === 'inmail' ? form.querySelector<HTMLInputElement>(SUBJECT) ?? undefined : undefined;
  const sendButton = () => form.querySelector<HTMLElement>(SUBMIT);
  const composer: Composer = {
    adapter,
    surface: adapter === 'inmail' ? 'inmail' : 'message',
    scope,
    editor,
    readDraft: () => (subject ? `${subject.value}\n${draftText(editor)}` : draftText(editor)),
    recipient: () => threadRecipient(scope, form),
    history: () => readHistory(scope, threadRecipient(scope, form)),
    maxLength: () => null,
    panelSlot: () => slotBeforeSend(editor, sendButton()),
    sendButton,
    form: () => form,
  };
  if (subject) composer.subject = subject;
  return composer;
}

function* ancestors(element: Element): Generator<Element> {
  for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) yield parent;
}
