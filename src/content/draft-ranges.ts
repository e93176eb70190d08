export interface Span {
  start: number;
  end: number;
}

interface Point {
  node: Text;
  offset: number;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * DOM ranges in `editor` for spans of `draft`, its plain text from `base` on. The draft is the
 * editor's innerText, which adds line breaks between blocks: walking the text nodes and skipping
 * the draft's extra whitespace lines the two up without re-implementing innerText. A span that
 * cannot be lined up (the editor changed, an unexpected structure) gets null: no mark, no error.
 */
export function rangesFor(editor: HTMLElement, draft: string, base: number, spans: readonly Span[]): (Range | null)[] {
  const bounds = [...new Set(spans.flatMap((s) => [s.start, s.end]))].filter((b) => b >= base).sort((a, b) => a - b);
  // Each offset as a start (the character there) and as an end (right after the one before it).
  const points = new Map<number, { start: Point; end: Point }>();
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let p = base;
  let k = 0;
  let last: Point | null = null;
  let lastP = -2;
  const settle = (upTo: number, here: Point) => {
    while (k < bounds.length && (bounds[k] ?? Infinity) <= upTo) {
      const b = bounds[k] ?? 0;
      // An end right after the previous character stays in that text node, not across the line break.
      points.set(b, { start: here, end: b === lastP + 1 && last !== null ? last : here });
      k++;
    }
  };
  walk: for (let node = walker.nextNode() as Text | null; node !== null && k < bounds.length; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      while (p < draft.length && draft[p] !== ch && isSpace(draft[p]) && !isSpace(ch)) p++;
      const mapped = draft[p];
      if (mapped !== ch && !(isSpace(mapped) && isSpace(ch))) {
        if (isSpace(ch)) continue;
        break walk;
      }
      settle(p, { node, offset: i });
      last = { node, offset: i + 1 };
      lastP = p;
      p++;
    }
  }
  if (last !== null) settle(lastP + 1, last);

  return spans.map(({ start, end }) => {
    const from = points.get(start)?.start;
    const to = points.get(end)?.end;
    if (from === undefined || to === undefined || end <= start) return null;
    const range = editor.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  });
}
