import { degreeAmong } from './degree';
import { headerAliases } from './member-id';
import { clean } from './plain-text';
import { profileIdFromHref, profileUrl } from './profile-id';
import { EVENT, fast, HEADING, labels, PHOTO, PROFILE_LINK, RECIPIENT_INPUT, ROW, TITLED } from './selectors';
import type { Recipient } from './types';

/**
 * The other party of a thread pane or bubble: the header (or, before the first message, the
 * one-to-one profile card) names them; every /in/ link from the first message on belongs to a sender.
 * A group thread has no header profile link, so it has no single recipient.
 */
export function threadRecipient(scope: Element, form: HTMLFormElement): Recipient | null {
  const inHeader = headerFilter(scope, form);
  const headerLinks = [...scope.querySelectorAll<HTMLAnchorElement>(PROFILE_LINK)].filter(inHeader);
  const [link] = headerLinks;
  const id = link ? profileIdFromHref(link.getAttribute('href')) : null;
  if (!link || id === null) return null;
  const isNewMessage = scope.querySelector(RECIPIENT_INPUT) !== null;
  const name = isNewMessage
    ? (pillName(scope) ?? linkName(link))
    : (titleName(scope, inHeader) ?? linkName(link));
  if (name === null) return null;
  const recipient: Recipient = { id, name, profileUrl: profileUrl(id) };
  const headline = echoedTitle(scope, inHeader, name);
  if (headline !== null) recipient.headline = headline;
  const degree = degreeAmong([...scope.querySelectorAll('*')].filter(inHeader));
  if (degree !== null) recipient.degree = degree;
  // Links that name someone else (another photo, a group's members) make the ids nobody's for sure.
  const names = new Set(headerLinks.map(linkName).filter((n): n is string => n !== null));
  const aliases = names.size <= 1 ? headerAliases(headerLinks, id) : [];
  if (aliases.length > 0) recipient.aliases = aliases;
  return recipient;
}

/** Outside the composer form and before the first message of the visible thread. */
function headerFilter(scope: Element, form: HTMLFormElement): (element: Element) => boolean {
  const first = scope.querySelector(EVENT) ?? scope.querySelector(fast.messageItem);
  const firstRow = first?.closest(ROW) ?? first;
  return (element) => {
    if (form.contains(element)) return false;
    if (!first || !firstRow) return true;
    return !firstRow.contains(element) && (first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  };
}

function titleName(scope: Element, inHeader: (element: Element) => boolean): string | null {
  const title = [...scope.querySelectorAll(fast.threadTitle)].find(inHeader)
    ?? [...scope.querySelectorAll(HEADING)].find(inHeader);
  return clean(title?.textContent);
}

function pillName(scope: Element): string | null {
  return clean(scope.querySelector(fast.recipientPill)?.textContent);
}

/**
 * A profile link's name: its photo's alt (SDUI writes "View Lena Fischer’s profile" there), else its
 * text without the a11y "View Lena’s profile" (photo links also hold "Status: online"), else its
 * title "Open Lena’s profile".
 */
export function linkName(link: Element): string | null {
  const alt = clean(link.querySelector(PHOTO)?.getAttribute('alt'));
  if (alt !== null) {
    const name = unwrap(alt, labels.viewProfile.prefixes, labels.viewProfile.suffixes) ?? alt;
    return name.endsWith(labels.photoAltSuffix) ? name.slice(0, -labels.photoAltSuffix.length) : name;
  }
  const texts: string[] = [];
  const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = clean(node.nodeValue);
    if (text !== null && unwrap(text, labels.viewProfile.prefixes, labels.viewProfile.suffixes) === null) texts.push(text);
  }
  if (texts.length > 0) return texts.join(' ');
  return unwrap(link.getAttribute('title') ?? '', labels.openProfile.prefixes, labels.openProfile.suffixes);
}

/** LinkedIn renders the headline as an element whose title echoes its own text. */
function echoedTitle(scope: Element, inHeader: (element: Element) => boolean, name: string): string | null {
  for (const element of scope.querySelectorAll(TITLED)) {
    if (/^(?:A|IMG|BUTTON|TIME|svg)$/.test(element.tagName) || !inHeader(element)) continue;
    const title = clean(element.getAttribute('title'));
    if (title !== null && title !== name && title === clean(element.textContent)) return title;
  }
  return null;
}

function unwrap(text: string, prefixes: readonly string[], suffixes: readonly string[]): string | null {
  for (const prefix of prefixes) {
    if (!text.startsWith(prefix)) continue;
    for (const suffix of suffixes) {
      if (suffix !== '' && !text.endsWith(suffix)) continue;
      const inner = text.slice(prefix.length, text.length - suffix.length).trim();
      if (inner !== '') return inner;
    }
  }
  return null;
}
