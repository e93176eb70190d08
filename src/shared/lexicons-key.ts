/**
 * Where the engine's phrase lists live in browser.storage.local. The service worker carries them
 * and writes them there; each page's content script reads and checks them once, so the content
 * script itself stays small and quick to parse, and nothing is exposed to the page (no
 * web_accessible_resources).
 */
export const LEXICONS_KEY = 'lexicons';
