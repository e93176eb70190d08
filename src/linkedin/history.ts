import { parseEventUrn, type EventUrn } from './event-urn';
import { parseClock, timeOf, type Clock } from './message-time';
import { clean, plainText } from './plain-text';
import { profileIdFromHref } from './profile-id';
import { A11Y_TEXT, EVENT, fast, labels, LINK, PARAGRAPH, PROFILE_LINK, ROW, TIME } from './selectors';
import { selfName } from './self-name';
import { linkName } from './thread-recipient';
import type { Recipient, VisibleMessage } from './types';

/** Sender meta shows only on the first message of a same-sender run: later ones inherit it. */
interface Run { senderId?: string; senderName?: string; clock?: Clock }

interface RowMeta extends Run { day?: string; startsRun: boolean }

/** The visible messages of a thread pane or bubble, oldest first. */
export function readHistory(scope: Element, contact: Recipient | null): VisibleMessage[] {
  const items = messageItems(scope);
  const urns = items.map((item) => parseEventUrn(item.getAttribute('data-event-urn')));
  const account = accountId(urns, contact);
  const urnNamesSender = urnsNameSenders(urns, contact);
  const self = selfName(scope.ownerDocument);
  const messages: VisibleMessage[] = [];
  let run: Run = {};
  let day: string | undefined;
  let lastRow: Element | null = null;
  items.forEach((item, index) => {
    const row = item.closest(ROW) ?? item;
    if (row !== lastRow) {
      lastRow = row;
      const meta = rowMeta(row);
      if (meta.day !== undefined) day = meta.day;
      if (meta.startsRun) run = { senderId: meta.senderId, senderName: meta.senderName, clock: meta.clock };
      else if (meta.clock !== undefined) run = { ...run, clock: meta.clock };
    }
    const urn = urns[index] ?? null;
    const senderId = (urnNamesSender ? urn?.profileId : undefined) ?? run.senderId;
    const message: VisibleMessage = {
      direction: direction({ item, senderId, senderName: run.senderName, account, contact, self }),
      text: bodyText(item),
    };
    const raw = item.getAttribute('data-event-urn');
    if (raw !== null) message.urn = raw;
    if (senderId !== undefined) message.senderId = senderId;
    const at = urn?.at ?? timeOf(day, run.clock);
    if (at !== undefined) message.at = at;
    messages.push(message);
  });
  return messages;
}

/**
 * Message events in list order. A send still in flight has no URN yet: it is a later row of the same
 * list that holds a body paragraph (rows before the first message hold the profile card and loaders).
 */
function messageItems(scope: Element): Element[] {
  const first = scope.querySelector(EVENT);
  const firstRow = first?.closest(ROW);
  if (!first || !firstRow || !scope.contains(firstRow)) return [...scope.querySelectorAll(`${EVENT}, ${fast.messageItem}`)];
  const items: Element[] = [];
  for (let row: Element | null = firstRow; row !== null; row = row.nextElementSibling) {
    const events = row.querySelectorAll(EVENT);
    if (events.length > 0) items.push(...events);
    else if (hasBody(row)) items.push(row);
  }
  return items;
}

function hasBody(row: Element): boolean {
  return [...row.querySelectorAll(PARAGRAPH)].some((p) => p.closest(LINK) === null && clean(p.textContent) !== null);
}

/**
 * The signed-in member's profile id: the one URN profile that is not the contact. True for both
 * readings of the URN (mailbox owner on every message, or sender of each message).
 */
function accountId(urns: (EventUrn | null)[], contact: Recipient | null): string | undefined {
  const others = new Set(urns.flatMap((urn) => (urn && urn.profileId !== contact?.id ? [urn.profileId] : [])));
  return others.size === 1 ? [...others][0] : undefined;
}

/** URNs name each sender only if they vary within the thread or name the contact. */
function urnsNameSenders(urns: (EventUrn | null)[], contact: Recipient | null): boolean {
  const profiles = new Set(urns.flatMap((urn) => (urn ? [urn.profileId] : [])));
  return profiles.size > 1 || (contact !== null && profiles.has(contact.id));
}

function rowMeta(row: Element): RowMeta {
  const meta: RowMeta = { startsRun: false };
  for (const time of row.querySelectorAll(TIME)) {
    const text = clean(time.textContent);
    if (text === null) continue;
    const clock = parseClock(text);
    if (clock !== null) meta.clock = clock;
    else meta.day = text;
  }
  const link = [...row.querySelectorAll(PROFILE_LINK)].find((a) => a.closest(PARAGRAPH) === null);
  const senderId = link ? profileIdFromHref(link.getAttribute('href')) : null;
  if (senderId !== null) {
    meta.startsRun = true;
    meta.senderId = senderId;
  }
  const heading = headingOf(row);
  const name = clean(row.querySelector(fast.senderName)?.textContent) ?? (link ? linkName(link) : null) ?? heading?.name ?? null;
  if (name !== null) {
    meta.startsRun = true;
    meta.senderName = name;
  }
  if (meta.clock === undefined && heading?.clock) meta.clock = heading.clock;
  return meta;
}

/** The visually hidden "Lena Fischer sent the following messages at 10:02 AM" heading of a run. */
function headingOf(row: Element): { name: string; clock: Clock | null } | null {
  for (const span of row.querySelectorAll(A11Y_TEXT)) {
    if (span.closest(PARAGRAPH) !== null || span.childElementCount > 0) continue;
    const text = clean(span.textContent);
    if (text === null) continue;
    for (const marker of labels.groupHeading) {
      const at = text.indexOf(marker);
      if (at > 0) return { name: text.slice(0, at), clock: parseClock(text.slice(at + marker.length)) };
    }
  }
  return null;
}

interface DirectionInput {
  item: Element; senderId: string | undefined; senderName: string | undefined;
  account: string | undefined; contact: Recipient | null; self: string | null;
}

/**
 * Ids decide when they can; names and the classic `--other` modifier only when they cannot. A sender
 * who is not the contact is the user only when the account id says so: in a group thread it is
 * another participant.
 */
function direction({ item, senderId, senderName, account, contact, self }: DirectionInput): VisibleMessage['direction'] {
  if (senderId !== undefined && account !== undefined) return senderId === account ? 'out' : 'in';
  if (senderId !== undefined && senderId === contact?.id) return 'in';
  if (item.classList.contains(fast.otherMessageClass)) return 'in';
  if (item.querySelector(fast.sendingIndicator) !== null) return 'out';
  if (senderName !== undefined && senderName === contact?.name) return 'in';
  if (senderName !== undefined && senderName === self) return 'out';
  return 'unknown';
}

/** The body paragraph; attachments, reshares and calls have none. */
function bodyText(item: Element): string {
  const body = item.querySelector(fast.messageBody);
  const paragraphs = body ? [body] : [...item.querySelectorAll(PARAGRAPH)].filter((p) => p.closest(LINK) === null);
  return paragraphs.map((p) => plainText(p).trim()).filter((text) => text !== '').join('\n');
}
