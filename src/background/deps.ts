import type { RapportDb } from '../storage/open';
import type { BadgeBoard } from './badge-board';
import type { CheckedSender } from './sender';
import type { SettingsStore } from './settings-store';

/** Everything a handler touches, injected so the handlers run in Node against fake-indexeddb. */
export type BadgeKind = 'findings' | 'overdue' | 'cadence';

export interface BackgroundDeps {
  db: () => Promise<RapportDb>;
  settings: SettingsStore;
  /** findings: the focused draft's findings; overdue: promises past due, shown when the draft has none; cadence: contacts due, when neither. */
  setBadge: (tabId: number, count: number, kind: BadgeKind) => Promise<void>;
  /** what each frame of each LinkedIn tab last said for the badge, while its port is open */
  badgeBoard: BadgeBoard;
  now: () => number;
  extensionId: string;
  /** chrome-extension://<id> or moz-extension://<uuid>: what sender.url of our own pages starts with. */
  extensionOrigin: string;
  /** Reasons only: never message text, never contact data. */
  log: (line: string) => void;
}

export interface HandlerContext {
  deps: BackgroundDeps;
  sender: CheckedSender;
}
