import { extensionApi as browser } from '../shared/extension-api';

/**
 * How often an orphaned script is looked for. Chrome neither unloads nor notifies a content script
 * whose extension was reloaded or updated: `runtime.id` just turns undefined and every API call
 * throws "Extension context invalidated". A property read every 250 ms keeps teardown under 1 s.
 */
const ORPHAN_POLL_MS = 250;

/** False once this script's extension was reloaded, updated, disabled or removed under the tab. */
function extensionAlive(): boolean {
  try {
    return typeof browser.runtime.id === 'string' && browser.runtime.id !== '';
  } catch {
    return false;
  }
}

/**
 * Aborts `root` as soon as the extension context is gone, so every listener, observer and node
 * hung on its signal goes with it.
 */
export function abortWhenOrphaned(root: AbortController): void {
  const check = () => {
    if (!extensionAlive()) root.abort();
    else for (const lease of leases) lease.currentTime = 0;
  };
  const timer = setInterval(check, ORPHAN_POLL_MS);
  // Background tabs throttle timers to once a minute: look again the moment the tab is shown.
  document.addEventListener('visibilitychange', check, { signal: root.signal });
  root.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Listens to a browser API event until `signal` aborts. */
export function listenUntil<L>(event: BrowserEvent<L>, listener: L, signal: AbortSignal): void {
  event.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      event.removeListener(listener);
    } catch {
      // An invalidated context has already dropped its listeners.
    }
  }, { once: true });
}

/**
 * How long a panel stays visible after its script last renewed its lease. Firefox destroys the
 * content script's sandbox on uninstall or disable without running any of its code, so nothing of
 * ours can take the panel down: it hides itself unless the live script keeps saying so. Renewed on
 * every orphan poll (and when the tab is shown again); long enough that a busy main thread or a
 * throttled background tab does not blink it.
 */
const LEASE_MS = 3_000;

const leases = new Set<Animation>();

/**
 * Hides `panel` LEASE_MS after this script stops renewing the lease. The animation lives inside the
 * panel's closed shadow root: document.getAnimations() on the page does not list it.
 */
export function holdWhileAlive(panel: HTMLElement, signal: AbortSignal): void {
  const lease = panel.animate([{ visibility: 'hidden' }], { delay: LEASE_MS, duration: 1, fill: 'forwards' });
  leases.add(lease);
  signal.addEventListener('abort', () => {
    leases.delete(lease);
    lease.cancel();
  }, { once: true });
}

/** Firefox's content-script-only view of any element's shadow root, open or closed. */
interface FirefoxElement extends Element {
  readonly openOrClosedShadowRoot?: ShadowRoot | null;
}

const OWNER_ATTRIBUTE = 'data-owner';

/**
 * This install's mark on its panels: a hash of the extension's origin. Firefox gives every install
 * a random origin UUID that no page knows, so LinkedIn can neither read the mark (it sits inside the
 * closed shadow root) nor forge a decoy our script would remove.
 */
function ownerMark(): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const ch of browser.runtime.getURL('')) {
    const c = ch.charCodeAt(0);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(36) + (h1 >>> 0).toString(36);
}

/** Marks a panel as this install's, on the first child of its shadow root, for the instance that may come after this one. */
export function markOwned(firstChild: Element): void {
  firstChild.setAttribute(OWNER_ATTRIBUTE, ownerMark());
}

/**
 * Removes the panels an earlier instance of this script left in `doc`. Firefox injects the script
 * again after the extension is reloaded or updated, into tabs where the old sandbox was destroyed
 * without running its teardown; Chrome never injects into such a tab (its orphan removes its own
 * panel) and has no `openOrClosedShadowRoot`, so there this finds nothing to do.
 */
export function takeOver(doc: Document): void {
  if (doc.documentElement === null || !('openOrClosedShadowRoot' in doc.documentElement)) return;
  const mark = ownerMark();
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const shadow = (el as FirefoxElement).openOrClosedShadowRoot;
      if (!shadow) continue;
      if (shadow.firstElementChild?.getAttribute(OWNER_ATTRIBUTE) === mark) el.remove();
      else visit(shadow);
    }
  };
  visit(doc);
}
