export type Theme = 'dark' | 'light';

/**
 * Whether the panel sits on a dark or a light surface, read from what LinkedIn actually painted
 * there: the first opaque background up the tree (through shadow roots). That follows LinkedIn's
 * dark mode whichever class or attribute turns it on, also on class-hashed pages. With nothing
 * opaque up there the browser's canvas shows, which is dark only when the page opted into a dark
 * color-scheme and, if it allows both, the system prefers dark.
 */
export function themeAround(element: Element): Theme {
  const view = element.ownerDocument.defaultView;
  if (view === null) return 'light';
  for (let el: Element | null = element; el !== null; el = parentAcrossShadow(el)) {
    const rgba = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgba !== null && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  const dark = scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement !== null) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Computed colours come back as rgb()/rgba() with numbers; anything else counts as transparent. */
function parseColor(value: string): [number, number, number, number] | null {
  const parts = /^rgba?\(([^)]*)\)$/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts === undefined || parts.length < 3 || parts.some(Number.isNaN)) return null;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function luminance([r, g, b]: readonly number[]): number {
  const linear = (c = 0) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
