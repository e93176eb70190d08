import { BadgeBoard } from '../../../src/background/badge-board';
import type { BackgroundDeps, BadgeKind } from '../../../src/background/deps';
import { handleImportPort, type PortLike } from '../../../src/background/linkedin-import-port';
import { handleRequestPort, type RequestPortLike } from '../../../src/background/request-port';
import type { ImportPortReply, Response } from '../../../src/shared/protocol';
import type { MessageSender } from '../../../src/background/sender';
import { createSettingsStore, type StorageAreaLike } from '../../../src/background/settings-store';
import { createDbProvider, type DbProvider } from '../../../src/storage/open';
import { resetIndexedDb } from '../storage/fresh-db';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export const FROM_POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/popup/index.html` };
export const FROM_LINKEDIN: MessageSender = { id: EXTENSION_ID, url: 'https://www.linkedin.com/messaging/thread/2-abc/', tab: { id: 7 }, frameId: 0 };
export const FROM_LINKEDIN_IFRAME: MessageSender = { id: EXTENSION_ID, url: 'https://www.linkedin.com/preload/', tab: { id: 7 }, frameId: 3 };

/** storage.local / storage.sync as a Map that clones like the real thing (values go through JSON). */
export class FakeArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  failWith: Error | null = null;

  async get(key: string): Promise<Record<string, unknown>> {
    const raw = this.data.get(key);
    return raw === undefined ? {} : { [key]: JSON.parse(raw) as unknown };
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith) throw this.failWith;
    for (const [k, value] of Object.entries(items)) this.data.set(k, JSON.stringify(value));
  }
}

export interface TestDeps extends BackgroundDeps {
  provider: DbProvider;
  local: FakeArea;
  sync: FakeArea;
  logs: string[];
  badges: { tabId: number; count: number; kind: BadgeKind }[];
  clock: { now: number };
}

export function fakeDeps(now = Date.UTC(2026, 10, 23, 12)): TestDeps {
  resetIndexedDb();
  const provider = createDbProvider();
  const local = new FakeArea();
  const sync = new FakeArea();
  const logs: string[] = [];
  const badges: { tabId: number; count: number; kind: BadgeKind }[] = [];
  const clock = { now };
  const log = (line: string): void => {
    logs.push(line);
  };
  return {
    provider,
    local,
    sync,
    logs,
    badges,
    clock,
    db: () => provider.get(),
    settings: createSettingsStore(local, sync, () => clock.now, log),
    setBadge: async (tabId, count, kind) => {
      badges.push({ tabId, count, kind });
    },
    badgeBoard: new BadgeBoard(),
    now: () => clock.now,
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    log,
  };
}

/**
 * A content script's or page's request port from `sender`, handed to the worker: `deliver` posts a
 * message to it, `drop` closes it (as a frame that left), `answers` holds what the worker posted back.
 */
export function openRequestPort(sender: MessageSender, deps: BackgroundDeps): {
  answers: { seq: number; response: Response }[];
  deliver(message: unknown): void;
  drop(): void;
} {
  const answers: { seq: number; response: Response }[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  let drop = (): void => undefined;
  const port: RequestPortLike = {
    sender,
    postMessage: (answer) => answers.push(answer),
    onMessage: { addListener: (listener) => { deliver = listener; } },
    onDisconnect: { addListener: (listener) => { drop = listener; } },
  };
  handleRequestPort(port, deps);
  return { answers, deliver: (message) => deliver(message), drop: () => drop() };
}

/** The options page's import port as the worker sees it: what it posts back, and a way to send it a message. */
export function openImportPort(deps: BackgroundDeps): { replies: ImportPortReply[]; send(message: unknown): void } {
  const replies: ImportPortReply[] = [];
  let listener: (message: unknown) => void = () => undefined;
  const port: PortLike = {
    name: 'linkedin-import',
    sender: FROM_POPUP,
    postMessage: (message) => replies.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (l) => { listener = l; } },
    onDisconnect: { addListener: () => undefined },
  };
  handleImportPort(port, deps);
  return { replies, send: (message) => listener(message) };
}
