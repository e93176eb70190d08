/**
 * The committed phrase lists, for the service worker to hand to pages through storage.local (the
 * background may not reach into src/rules itself; see ARCHITECTURE §2).
 */
export { defaultLexicons } from '../rules/lexicon/default';
