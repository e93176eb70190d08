/**
 * Where the app settings live in browser.storage.local (and storage.sync). A module of its own so
 * the popup can read one field without bundling the settings schemas into its first paint.
 */
export const SETTINGS_KEY = 'settings';
