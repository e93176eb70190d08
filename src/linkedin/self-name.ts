import { labels, SELF_PHOTO } from './selectors';

/** The signed-in member's name from the nav photo's alt text, when this frame has the nav. */
export function selfName(doc: Document): string | null {
  const alt = doc.querySelector(SELF_PHOTO)?.getAttribute('alt')?.trim();
  if (!alt) return null;
  const prefix = labels.photoOf.find((p) => alt.startsWith(p));
  return prefix === undefined ? alt : alt.slice(prefix.length).trim() || null;
}
