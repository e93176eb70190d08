import browser from 'webextension-polyfill';

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
