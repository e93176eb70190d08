import browser from 'webextension-polyfill';
import { MODEL_KEY } from '../shared/model-key';
import { defaultWeights } from '../shared/model-weights';
import { defaultLexicons } from '../shared/default-lexicons';
import { LEXICONS_KEY } from '../shared/lexicons-key';
import { LINKEDIN_IMPORT_PORT, REQUEST_PORT } from '../shared/protocol';
import { SETTINGS_KEY } from '../shared/settings';
import { createDbProvider } from '../storage/open';
import { createSetBadge } from './badge';
import { BadgeBoard } from './badge-board';
import type { BackgroundDeps } from './deps';
import { handleMessage } from './handle-message';
import { handleImportPort } from './linkedin-import-port';
import { handleRequestPort } from './request-port';
import { originOf } from './sender';
import { createSettingsStore } from './settings-store';
import { welcomeOnInstall } from './welcome';

// Every listener is registered synchronously at top level: the worker is stopped after 30 s idle
// and restarted by the next event, which is only delivered to listeners that exist by then.
// Nothing here is state that matters: the DB connection is a cache that reopens on demand.

const log = (line: string): void => console.info(`[rapport] ${line}`);
const db = createDbProvider();

const deps: BackgroundDeps = {
  db: () => db.get(),
  settings: createSettingsStore(browser.storage.local, browser.storage.sync, Date.now, log),
  setBadge: createSetBadge(browser.action, (name, substitution) => browser.i18n.getMessage(name, substitution)),
  badgeBoard: new BadgeBoard(),
  now: Date.now,
  extensionId: browser.runtime.id,
  extensionOrigin: originOf(browser.runtime.getURL('/')) ?? '',
  log,
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => handleMessage(message, sender, deps));

browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => {
  if (port.name === LINKEDIN_IMPORT_PORT) handleImportPort(port, deps);
  else if (port.name === REQUEST_PORT) handleRequestPort(port, deps);
  else port.disconnect();
});

browser.storage.onChanged.addListener((changes: Record<string, browser.Storage.StorageChange>, area: string) => {
  const change = changes[SETTINGS_KEY];
  if (area === 'sync' && change) void deps.settings.adoptSynced(change.newValue);
});

const adoptFromSync = async (): Promise<void> => {
  // The content scripts read the phrase lists and the learned layer from here (src/shared/lexicons-key.ts, model-key.ts).
  await browser.storage.local.set({ [LEXICONS_KEY]: defaultLexicons, [MODEL_KEY]: defaultWeights });
  await deps.settings.ensureInitialised(browser.i18n.getUILanguage());
  await deps.settings.adoptSynced((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
};
const onInstalled = async (reason: string): Promise<void> => {
  const firstRun = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] === undefined;
  // The welcome page opens once the coach's language is set, so it shows the choice it will keep.
  await adoptFromSync().finally(() => welcomeOnInstall(reason, firstRun, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) })));
};
browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason));
browser.runtime.onStartup.addListener(() => void adoptFromSync());
