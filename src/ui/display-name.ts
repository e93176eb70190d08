/**
 * Names and headlines come from LinkedIn pages and exports, where anyone can put invisible
 * characters in their own name: a right-to-left override shows "Ana‮nhoJ" as "AnaJohn", a
 * zero-width space makes two identical-looking people. Lists show them neutralised; the stored
 * value stays as it was.
 */

/** Bidi embeddings, overrides, isolates and marks: invisible, they reorder what follows them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Invisible characters with no place in a shown name: soft hyphen, Mongolian vowel separator, zero-width space, word joiner, invisible operators, BOM. */
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/gu;
const JOINERS = new Set(['\u200C', '\u200D']);

/** A character a joiner may shape with: not ASCII (no Latin name needs one), not another joiner. */
function shapes(c: string | undefined): boolean {
  return c !== undefined && c > '\u007F' && !JOINERS.has(c);
}

/** ZWNJ and ZWJ shape Persian, Indic and emoji sequences, between two such characters; anywhere else they only hide. */
function dropStrayJoiners(text: string): string {
  const chars = Array.from(text);
  return chars.filter((c, i) => !JOINERS.has(c) || (shapes(chars[i - 1]) && shapes(chars[i + 1]))).join('');
}

export function neutralise(text: string): string {
  return dropStrayJoiners(text.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '')).trim();
}

/** The name to show for a contact: neutralised, or its id when nothing visible is left. */
export function displayName(contact: { id: string; name: string }): string {
  return neutralise(contact.name) || contact.id;
}
