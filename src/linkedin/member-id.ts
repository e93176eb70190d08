import { profileIdFromHref } from './profile-id';
import { COMPOSE_LINK, PROFILE_LINK, TOPCARD, TOPCARD_KEY } from './selectors';

/** LinkedIn's member id as messaging writes it in /in/ links: `ACoAA` and a base64url body. */
const MEMBER_ID = /^ACoAA[\w-]{1,95}$/u;

export function isMemberId(id: string): boolean {
  return MEMBER_ID.test(id);
}

/** The member id a Message link is for: its `recipient`, which its `profileUrn` must not contradict. */
export function memberIdFromComposeHref(href: string | null): string | null {
  if (href === null) return null;
  let params: URLSearchParams;
  try {
    params = new URL(href, 'https://www.linkedin.com').searchParams;
  } catch {
    return null;
  }
  const recipient = params.get('recipient') ?? '';
  const urn = /^urn:li:fsd_profile:(.+)$/u.exec(params.get('profileUrn') ?? '')?.[1];
  if (!isMemberId(recipient) || (urn !== undefined && urn !== recipient)) return null;
  return recipient;
}

/**
 * The member id of the profile a document shows: its top card's `componentkey`, which every
 * Message link inside the card must agree with. Links outside the card (the sidebar's "People also
 * viewed", a post) may be other people's and never count.
 */
export function profileMemberId(doc: Document): string | null {
  const cards = [...doc.querySelectorAll(TOPCARD)];
  const fromKeys = new Set(cards.map((card) => TOPCARD_KEY.exec(card.getAttribute('componentkey') ?? '')?.[1] ?? null));
  const fromLinks = new Set(cards.flatMap((card) => [...card.querySelectorAll(COMPOSE_LINK)]).map((a) => memberIdFromComposeHref(a.getAttribute('href'))));
  const ids = new Set([...fromKeys, ...fromLinks]);
  if (ids.size !== 1) return null;
  const [id] = ids;
  return id ?? null;
}

/**
 * Other ids the profile links of a thread header carry for the one person they name (a bubble can
 * link both `/in/ACoAA…` and `/in/<slug>/`): only when they name exactly one slug and one member id.
 */
export function headerAliases(links: readonly Element[], id: string): string[] {
  const ids = new Set(links.filter((link) => link.matches(PROFILE_LINK)).map((link) => profileIdFromHref(link.getAttribute('href'))).filter((x): x is string => x !== null));
  const members = [...ids].filter(isMemberId);
  const slugs = [...ids].filter((x) => !isMemberId(x));
  if (members.length !== 1 || slugs.length !== 1 || !ids.has(id)) return [];
  return [...ids].filter((x) => x !== id);
}
