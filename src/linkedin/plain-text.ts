import { BLOCK_TAGS } from './selectors';

/**
 * Text of a message body or draft with <br> as "\n" and one line per block. Layout-free (unlike
 * innerText), so reading a long draft on every frame never forces a reflow.
 */
export function plainText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.nodeValue ?? '';
      } else if (child instanceof Element) {
        if (child.tagName === 'BR') {
          // An editor keeps a trailing <br> in every line, and <p><br></p> is an empty line.
          if (!isLastInBlock(child)) endLine();
        } else if (BLOCK_TAGS.has(child.tagName)) {
          if (line !== '') endLine();
          visit(child);
          endLine();
        } else {
          visit(child);
        }
      }
    }
  };
  visit(root);
  if (line !== '') endLine();
  return lines.join('\n');
}

function isLastInBlock(br: Element): boolean {
  for (let next = br.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === Node.TEXT_NODE && (next.nodeValue ?? '') === '') continue;
    if (next.nodeType === Node.COMMENT_NODE) continue;
    return false;
  }
  const parent = br.parentElement;
  return parent !== null && BLOCK_TAGS.has(parent.tagName);
}

/** The draft in a contenteditable editor or a textarea. */
export function draftText(editor: HTMLElement): string {
  return isTextField(editor) ? editor.value : plainText(editor);
}

/** By tag, not instanceof: a node from another frame fails instanceof against this frame's globals. */
export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

/** Text with runs of whitespace collapsed, or null when nothing is left. */
export function clean(text: string | null | undefined): string | null {
  const trimmed = text?.replace(/\s+/gu, ' ').trim();
  return trimmed ? trimmed : null;
}
