import { pageOwnerIds } from '../linkedin/page-owner';
import { send } from './requests';

/** Pages that show one member by both ids: their profile, and the invite dialog opened from it. */
const OWNER_PATHS = ['/in/', '/preload/custom-invite/'];
/** Mutations come in bursts while LinkedIn renders; one look per burst is plenty. */
const LOOK_AGAIN_MS = 250;

/**
 * Tells the store which ids name the person whose profile this frame shows (the URL's slug and the
 * top card's member id), once per page: the profile visit is what joins an imported connection
 * with the messaging thread that names them by member id. Reads only; adds nothing to the page.
 */
export function learnPageAliases(doc: Document, signal: AbortSignal): void {
  const told = new Set<string>();
  const onOwnerPage = () => OWNER_PATHS.some((path) => doc.location.pathname.startsWith(path));
  const look = () => {
    if (signal.aborted || !onOwnerPage()) return;
    const ids = pageOwnerIds(doc);
    if (ids.length < 2) return;
    const key = ids.join('\u0000');
    if (told.has(key)) return;
    told.add(key);
    void send<'alias.learn'>({ type: 'alias.learn', ids });
  };
  // SDUI renders the top card after the shell, and the SPA swaps profiles in place: look again
  // after the page changed. The top card is in the document itself, never in a shadow root.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    // Typing in a thread mutates the page all the time: off a profile, not even a timer.
    if (!onOwnerPage()) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      look();
    }, LOOK_AGAIN_MS);
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
  look();
}
