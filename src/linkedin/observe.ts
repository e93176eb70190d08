import { openShadowRoots, type QueryRoot } from './deep-query';
import { EDITOR, SHADOW_HOSTS } from './selectors';

/** Mutations within this window are reported once: LinkedIn re-renders in bursts. */
export const COALESCE_MS = 50;
/** attachShadow fires no mutation, so known interop hosts are checked for a new root this often. */
export const HOST_POLL_MS = 250;
const OBSERVED = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden', 'data-event-urn'],
} satisfies MutationObserverInit;

/**
 * Calls onChange (coalesced) whenever the document or any open shadow root in it changes, including
 * shadow roots attached later. Typing in an editor is not a change. Aborting the signal disconnects
 * everything.
 */
export function observeLinkedIn(doc: Document, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const watched = new WeakSet<QueryRoot>();
  /** Roots whose hosts are polled; a root whose host left the page is dropped at the next poll. */
  let polled: QueryRoot[] = [doc];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    adoptShadowRoots(openShadowRoots(doc));
    try {
      onChange();
    } catch {
      // The listener's failure is its own; observing goes on.
    }
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(flush, COALESCE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isPageChange)) schedule();
  });
  const watch = (root: QueryRoot): boolean => {
    if (watched.has(root)) return false;
    watched.add(root);
    if (root !== doc) polled.push(root);
    observer.observe(root, OBSERVED);
    return true;
  };
  const adoptShadowRoots = (roots: Iterable<ShadowRoot>): boolean => {
    let adopted = false;
    for (const root of roots) adopted = watch(root) || adopted;
    return adopted;
  };
  const pollHosts = () => {
    polled = polled.filter((root) => root === doc || (root as ShadowRoot).host.isConnected);
    const roots = polled.flatMap((root) => [...root.querySelectorAll(SHADOW_HOSTS)])
      .flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
    if (adoptShadowRoots(roots)) schedule();
  };

  watch(doc);
  adoptShadowRoots(openShadowRoots(doc));
  const poll = setInterval(pollHosts, HOST_POLL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    polled = [];
    clearInterval(poll);
    clearTimeout(timer);
  }, { once: true });
}

function isPageChange(record: MutationRecord): boolean {
  const target = record.target.nodeType === Node.ELEMENT_NODE ? record.target as Element : record.target.parentElement;
  return target === null || target.closest(EDITOR) === null;
}
