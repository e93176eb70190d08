/**
 * Queries that walk into open shadow roots (LinkedIn mounts the messaging overlay and the invite
 * dialog under #interop-outlet's open shadow root) but never into iframes: the content script of the
 * same-origin /preload/ frame scans that frame itself.
 */
export type QueryRoot = Document | ShadowRoot;

export function openShadowRoots(root: QueryRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (from: QueryRoot) => {
    for (const element of from.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        walk(shadow);
      }
    }
  };
  walk(root);
  return found;
}

export function deepQueryAll<E extends Element = Element>(root: QueryRoot, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const shadow of openShadowRoots(root)) found.push(...shadow.querySelectorAll<E>(selector));
  return found;
}
