import { findComposers } from '../linkedin/find-composers';
import { observeLinkedIn } from '../linkedin/observe';
import type { AppSettings } from '../shared/settings';
import { attach, type Coach } from './coach';
import { engineReady } from './engine-ready';
import type { FocusTracker } from './focus';

export interface CoachedComposers {
  coaches(): Coach[];
  settingsChanged(): void;
}

interface Entry {
  coach: Coach;
  controller: AbortController;
}

/**
 * Keeps one coach on every composer this frame's document shows: attaches to the ones that appear
 * (SPA route changes, bubbles opening), detaches from the ones that leave or minimize.
 */
export function coachComposers(doc: Document, signal: AbortSignal, settings: () => AppSettings, focus: FocusTracker): CoachedComposers {
  const live = new Map<HTMLElement, Entry>();
  // Keyed weakly by editor so a minimized-then-reopened bubble keeps its "Ignore here" choices.
  const ignored = new WeakMap<HTMLElement, Set<string>>();

  const detach = (editor: HTMLElement, entry: Entry) => {
    live.delete(editor);
    entry.controller.abort();
  };

  // Building the lexicons' matcher is the one costly step of the engine (tens of milliseconds on a
  // cold page): start it while the browser is idle once there is a composer, never on a keystroke.
  let warmed = false;
  const warmUp = () => {
    warmed = true;
    requestIdleCallback(() => {
      if (!signal.aborted) void engineReady();
    }, { timeout: 2_000 });
  };

  const rescan = () => {
    if (signal.aborted) return;
    const present = new Set<HTMLElement>();
    for (const composer of findComposers(doc)) {
      const editor = composer.editor;
      present.add(editor);
      const entry = live.get(editor);
      if (entry) {
        entry.coach.refresh(composer);
        continue;
      }
      const controller = new AbortController();
      let choices = ignored.get(editor);
      if (choices === undefined) {
        choices = new Set();
        ignored.set(editor, choices);
      }
      live.set(editor, { controller, coach: attach(composer, controller.signal, { settings, focus, ignored: choices }) });
      if (!warmed) warmUp();
    }
    for (const [editor, entry] of live) {
      if (!present.has(editor)) detach(editor, entry);
    }
  };

  signal.addEventListener('abort', () => {
    for (const [editor, entry] of live) detach(editor, entry);
  }, { once: true });
  observeLinkedIn(doc, rescan, signal);
  rescan();

  return {
    coaches: () => [...live.values()].map((e) => e.coach),
    settingsChanged: () => {
      for (const { coach } of live.values()) coach.settingsChanged();
    },
  };
}
