/**
 * Whether an element is rendered. A stale conversation stays mounted under display:none, and a
 * minimized bubble keeps its composer in the DOM with the content hidden by a (hashable) class.
 */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  return element instanceof HTMLElement ? element.offsetParent !== null || element.getClientRects().length > 0 : true;
}
