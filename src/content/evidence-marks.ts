import type { Finding, Severity } from '../rules/types';
import type { Composer } from '../linkedin/types';
import { rangesFor } from './draft-ranges';

export interface MarkBox {
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Boxes over the evidence in the editor, relative to the panel host, clipped to the editor's visible
 * area. Drawn inside the closed shadow root instead of with the CSS Custom Highlight API: a
 * Highlight is registered in the document's CSS.highlights, which LinkedIn's own scripts can
 * enumerate, and its ::highlight() colour would need a stylesheet in LinkedIn's tree.
 */
export function markBoxes(composer: Composer, draft: string, findings: readonly Finding[], hostRect: DOMRect | null): MarkBox[] {
  const editor = composer.editor;
  // A textarea's value has no DOM ranges (invite notes): the panel alone must do there.
  if (hostRect === null || findings.length === 0 || !editor.isContentEditable) return [];
  const ranges = rangesFor(editor, draft, bodyOffset(composer), findings);
  const clip = editor.getBoundingClientRect();
  const boxes: MarkBox[] = [];
  ranges.forEach((range, i) => {
    const severity = findings[i]?.severity;
    if (range === null || severity === undefined) return;
    for (const r of range.getClientRects()) {
      const left = Math.max(r.left, clip.left);
      const right = Math.min(r.right, clip.right);
      const top = Math.max(r.top, clip.top);
      const bottom = Math.min(r.bottom, clip.bottom);
      if (right - left < 1 || bottom - top < 1) continue;
      boxes.push({ severity, left: left - hostRect.left, top: top - hostRect.top, width: right - left, height: bottom - top });
    }
  });
  return boxes;
}

/** InMail drafts are "subject\nbody" (Composer contract); the editor holds the body only. */
function bodyOffset(composer: Composer): number {
  return composer.subject === undefined ? 0 : composer.subject.value.length + 1;
}
