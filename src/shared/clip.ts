/**
 * At most `max` UTF-16 units of `text`, never ending on half of a surrogate pair: `slice` alone
 * would leave a lone surrogate (an emoji in a name cut in two), which renders as U+FFFD.
 * src/storage/text.ts holds the same for the store (storage may not import shared).
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
