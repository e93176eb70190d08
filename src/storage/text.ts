export const SNIPPET_LENGTH = 140;

/** NFC with runs of whitespace collapsed: the form that is hashed and whose prefix is stored. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** First 140 code points of the normalised text, never splitting a surrogate pair. */
export function snippetOf(text: string): string {
  const normalised = normaliseText(text);
  if (normalised.length <= SNIPPET_LENGTH) return normalised;
  // Walks only the first 140 code points: splitting the whole text into an array first cost a
  // long message's full length, 50,000 times over in an import.
  let end = 0;
  for (let count = 0; count < SNIPPET_LENGTH && end < normalised.length; count += 1) {
    end += (normalised.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return normalised.slice(0, end);
}

/** At most `max` UTF-16 units of `text`, never ending on half of a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * 64-bit non-cryptographic, unkeyed hash (two multiply-xor lanes, as in cyrb53) of the normalised
 * text. Only the v2 migration still stores it, and those values are re-hashed with the install's
 * key (hash-key.ts) before anything else is recorded. Synchronous because that migration runs
 * inside a versionchange transaction, which commits as soon as anything but a request is awaited.
 */
export function hashText(text: string): string {
  return hashString(normaliseText(text));
}

export function hashString(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish(h1, h2);
}

export function hashBytes(bytes: Uint8Array): string {
  const hasher = new BytesHasher();
  hasher.update(bytes);
  return hasher.digest();
}

/** hashBytes() of bytes that come in pieces (a file as it is uploaded): the same digest as of the pieces joined. */
export class BytesHasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  update(bytes: Uint8Array): void {
    let { h1, h2 } = this;
    // An index, not for…of: the first call runs before the JIT has compiled it, where the
    // iterator protocol costs about ten times as much (95 against 8 ms for a 1.2 MB export).
    for (let i = 0; i < bytes.length; i += 1) {
      const byte = bytes[i] as number;
      h1 = Math.imul(h1 ^ byte, 2654435761);
      h2 = Math.imul(h2 ^ byte, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    return finish(this.h1, this.h2);
  }
}

function finish(a: number, b: number): string {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Lower-cased, trimmed, de-duplicated keys for the wants/haves multiEntry indexes. */
export function topicKeys(topics: readonly string[]): string[] {
  return [...new Set(topics.map((t) => normaliseText(t).toLowerCase()).filter((t) => t.length > 0))];
}

/** Text with whitespace collapsed and accents dropped, case left to the caller ("José  Álvarez" = "Jose Alvarez"). */
export function accentless(text: string): string {
  return normaliseText(text).normalize('NFD').replace(/\p{M}/gu, '');
}

// Letters that are not a base letter with an accent, so NFD leaves them whole, but that people
// (and LinkedIn's export, from a keyboard without them) write as the plain letters: Weiß as Weiss.
const LETTER_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A name folded for comparison: NFC, whitespace collapsed, accents dropped, lower case, the
 * letters above spelled plainly ("José  Álvarez" = "jose alvarez", "Weiß" = "weiss", "Søren" = "soren").
 */
export function nameKey(name: string): string {
  return accentless(name).normalize('NFC').toLowerCase().replace(/[ßæœøłđðþı]/gu, (letter) => LETTER_FOLDS[letter] ?? letter);
}
