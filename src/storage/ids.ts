/**
 * A contact id is the LinkedIn profile slug or ACoAA… member id from /in/<id>/. Slugs may be
 * percent-encoded (non-Latin vanity URLs), hence `%`. src/shared/protocol.ts holds the same rule
 * (shared may not import storage); tests/unit/shared/contact-id.test.ts keeps the two in step.
 */
export const CONTACT_ID_PATTERN = /^[\w%.-]{1,100}$/u;

export function isContactId(value: string): boolean {
  return CONTACT_ID_PATTERN.test(value);
}

/** The contact id in a LinkedIn profile URL (`https://www.linkedin.com/in/jane-doe-12ab/`), or null. */
export function contactIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!/(?:^|\.)linkedin\.com$/u.test(parsed.hostname)) return null;
  const [first, second] = parsed.pathname.split('/').filter(Boolean);
  if (first !== 'in' || !second) return null;
  return isContactId(second) ? second : null;
}

export function profileUrlFor(id: string): string {
  return `https://www.linkedin.com/in/${id}/`;
}

/**
 * Ids Rapport makes for people an import names without any LinkedIn id (Connections.csv before
 * mid-2023 has no URL column): a dot never appears in a LinkedIn vanity slug or member id, so
 * these never collide with an id a page shows. Such a record joins its person through a name match.
 */
const NAME_ONLY_PREFIX = 'import.';

export function nameOnlyId(hash: string): string {
  return `${NAME_ONLY_PREFIX}${hash}`;
}

export function isNameOnlyId(id: string): boolean {
  return id.startsWith(NAME_ONLY_PREFIX);
}
