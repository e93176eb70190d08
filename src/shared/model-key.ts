/**
 * Where the learned layer's weights live in browser.storage.local. The service worker carries
 * them and writes them there; each page's content script reads them once, so the content script
 * itself stays small and nothing is exposed to the page (no web_accessible_resources).
 */
export const MODEL_KEY = 'learnedModel';
