import type { AppSettings } from '../shared/settings';
import { learnPageAliases } from './alias-learner';
import { abortWhenOrphaned, takeOver } from './lifetime';
import { watchSettings } from './settings-source';
import { coachComposers, type CoachedComposers } from './coached-composers';
import { refreshBadgeOnTime } from './badge-refresh';
import { FocusTracker } from './focus';
import { recordInvitationsWithoutNote } from './invitation-recorder';
import { answerPopup } from './popup-messages';
import { reopenOnRestore } from './requests';

// One root for everything this script hangs on LinkedIn's page: aborting it (the extension was
// reloaded, updated or removed under the tab) takes every listener, observer and node away.
const root = new AbortController();
abortWhenOrphaned(root);
takeOver(document);
reopenOnRestore(root.signal);

async function start(signal: AbortSignal): Promise<void> {
  let composers: CoachedComposers | null = null;
  let settings: AppSettings | null = await watchSettings(signal, (next) => {
    settings = next;
    composers?.settingsChanged();
  });
  // Nothing is shown before the settings are known: zero-footprint must hold from the first frame.
  if (settings === null || signal.aborted) return;
  const current = settings;
  learnPageAliases(document, signal);
  const focus = new FocusTracker();
  composers = coachComposers(document, signal, () => settings ?? current, focus);
  const coached = composers;
  answerPopup(signal, focus, () => coached.coaches());
  refreshBadgeOnTime(document, signal, focus, window === window.top);
  recordInvitationsWithoutNote(document, signal);
}

start(root.signal).catch(() => {
  // A page LinkedIn changed under us must stay usable: stop coaching quietly, never throw into it.
  root.abort();
});
