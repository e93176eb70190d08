import { fast, labels, LEAF_TEXT } from './selectors';
import { isRendered } from './visibility';

export type Degree = 1 | 2 | 3;

/** "· 1st", "1st degree connection", "Contacto de 1er grado" -> 1. */
export function parseDegree(text: string): Degree | null {
  const normalized = text.replace(/\s+/gu, ' ').trim();
  for (const pattern of labels.degree) {
    const digit = pattern.exec(normalized)?.[1];
    if (digit === '1' || digit === '2' || digit === '3') return Number(digit) as Degree;
  }
  return null;
}

/**
 * The connection degree shown among `elements`. The SDUI profile renders "· 1st" and "· 2nd" and hides
 * the wrong one with a class, so only rendered text counts.
 */
export function degreeAmong(elements: Iterable<Element>): Degree | null {
  const leaves: Element[] = [];
  for (const element of elements) {
    if (element.matches(fast.degree)) {
      const degree = parseDegree(element.textContent ?? '');
      if (degree !== null && isRendered(element)) return degree;
    }
    if (element.childElementCount === 0 && element.matches(LEAF_TEXT)) leaves.push(element);
  }
  for (const leaf of leaves) {
    const degree = parseDegree(leaf.textContent ?? '');
    if (degree !== null && isRendered(leaf)) return degree;
  }
  return null;
}
