// Windows-1252 puts printable characters where Latin-1 has C1 controls; text that was UTF-8,
// read as cp1252 and saved again as UTF-8 contains these. Map them back to their byte.
const CP1252_BYTES = new Map<string, number>([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['ˆ', 0x88],
  ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93],
  ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b],
  ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** A UTF-8 lead byte read as Latin-1/cp1252, followed by what would be a continuation byte. */
const SUSPECT = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs double-encoded UTF-8 (`JosÃ©` -> `José`), as LinkedIn exports sometimes contain.
 * Only when the whole string decodes cleanly; anything doubtful is returned unchanged.
 */
export function repairMojibake(value: string): string {
  if (!SUSPECT.test(value)) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i += 1) {
    // Stryker disable next-line StringLiteral: i < value.length, so value[i] is never missing; the fallback only satisfies the type
    const ch = value[i] ?? '';
    const code = ch.charCodeAt(0);
    const byte = code < 0x100 ? code : CP1252_BYTES.get(ch);
    if (byte === undefined) return value;
    bytes[i] = byte;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return value;
  }
}
