import { degreeAmong } from './degree';
import { isMemberId, profileMemberId } from './member-id';
import { clean } from './plain-text';
import { profileIdFromHref, profileIdFromVanity, profileUrl } from './profile-id';
import { CUSTOM_INVITE_LINK, DIALOG, HEADING, labels, PROFILE_MAIN, SIDEBAR } from './selectors';
import type { Recipient } from './types';

/**
 * The member whose profile this page (or, from the same-origin /preload/ frame, the page around it)
 * shows: the recipient of a connection invite opened from the profile.
 */
export function pageOwner(doc: Document): Recipient | null {
  const found = ownerOf(doc);
  if (!found) return null;
  const { id, profile } = found;
  const title = profileTitle(profile.title);
  const name = title?.name ?? topCardName(profile);
  if (name === null) return null;
  const owner: Recipient = { id, name, profileUrl: profileUrl(id) };
  if (title?.headline) owner.headline = title.headline;
  const aliases = profileAliases(profile, id);
  if (aliases.length > 0) owner.aliases = aliases;
  const degree = degreeAmong([...profile.querySelectorAll(PROFILE_MAIN)].filter(outsideSidebarAndDialogs));
  if (degree !== null) owner.degree = degree;
  return owner;
}

/** Every id the page shows for its owner (slug first), without reading names or degrees: [] off a profile. */
export function pageOwnerIds(doc: Document): string[] {
  const found = ownerOf(doc);
  return found ? [found.id, ...profileAliases(found.profile, found.id)] : [];
}

function ownerOf(doc: Document): { id: string; profile: Document } | null {
  const docs = [doc, parentDocument(doc)].filter((d): d is Document => d !== null);
  const id = customInviteVanity(doc.location) ?? docs.map(urlSlug).find((slug) => slug !== null) ?? ownConnectLink(doc);
  if (!id) return null;
  const profile = docs.find((d) => urlSlug(d) === id || ownConnectLink(d) === id);
  return profile ? { id, profile } : null;
}

/**
 * A profile shows both of LinkedIn's ids for its owner: the vanity slug in its URL (or its Connect
 * link) and the member id in its top card, which messaging uses. Reading them joins the two records.
 */
function profileAliases(profile: Document, id: string): string[] {
  if (isMemberId(id)) return [];
  const member = profileMemberId(profile);
  return member === null ? [] : [member];
}

/** /preload/custom-invite/?vanityName=<slug> renders the invite dialog as a page for that member. */
function customInviteVanity(location: Location): string | null {
  if (!location.pathname.startsWith('/preload/custom-invite/')) return null;
  return profileIdFromVanity(new URLSearchParams(location.search).get('vanityName'));
}

function urlSlug(doc: Document): string | null {
  return doc.location.pathname.startsWith('/in/') ? profileIdFromHref(doc.location.pathname) : null;
}

/** The profile's own Connect link; the sidebar's Connect links are for other people. */
function ownConnectLink(doc: Document): string | null {
  const link = [...doc.querySelectorAll(CUSTOM_INVITE_LINK)].find(outsideSidebarAndDialogs);
  const href = link?.getAttribute('href');
  if (!href) return null;
  return profileIdFromVanity(new URL(href, 'https://www.linkedin.com').searchParams.get('vanityName'));
}

/** "Jane Doe - Founder at Acme | LinkedIn", possibly after an unread count "(3) ". */
function profileTitle(title: string): { name: string; headline: string | null } | null {
  if (!title.endsWith(labels.titleSuffix)) return null;
  const body = title.slice(0, -labels.titleSuffix.length).replace(/^\(\d+\)\s/, '');
  const split = body.indexOf(labels.titleSeparator);
  if (split <= 0) return null;
  const name = clean(body.slice(0, split));
  return name === null ? null : { name, headline: clean(body.slice(split + labels.titleSeparator.length)) };
}

function topCardName(doc: Document): string | null {
  const heading = [...doc.querySelectorAll(`main ${HEADING}`)].find(outsideSidebarAndDialogs);
  return clean(heading?.textContent);
}

function outsideSidebarAndDialogs(element: Element): boolean {
  return element.closest(SIDEBAR) === null && element.closest(DIALOG) === null;
}

/** frameElement is null, without throwing, when the parent is cross-origin. */
function parentDocument(doc: Document): Document | null {
  return doc.defaultView?.frameElement?.ownerDocument ?? null;
}
