import { analyze, prepareStep } from '../rules/engine';
import { engineReady } from './engine-ready';
import type { Finding, RuleId } from '../rules/types';
import type { Composer, Recipient } from '../linkedin/types';
import type { AppSettings } from '../shared/settings';
import { clip } from '../shared/clip';
import { LIMITS } from '../shared/limits';
import type { StoredContext } from '../shared/protocol';
import { createPanel, type Card, type Panel, type PanelNote } from './panel';
import { markBoxes } from './evidence-marks';
import { watchSends } from './send-recorder';
import type { Analysed, CoachView, FocusTracker } from './focus';
import { backgroundStore, type CoachStore } from './coach-store';
import { cardsOf, ignoreKey, sameFindings, visibleFindings } from './cards';
import { draftContext, type VisibleCounts } from './draft-context';
import { countVisible, reportReceived } from './thread-history';
import { inviteMeter } from './invite-meter';

export type { CoachStore } from './coach-store';

export interface CoachEnv {
  settings(): AppSettings;
  focus: FocusTracker;
  /** "Ignore here" choices of this editor; they outlive a detach (a bubble minimized and reopened) */
  ignored: Set<string>;
  /** where history comes from and what is sent goes to; the background's store unless given */
  store?: CoachStore;
}

export interface Coach extends CoachView {
  /** The page changed: take the adapter's fresh view of this composer and look again. */
  refresh(latest: Composer): void;
  settingsChanged(): void;
  /** Something about this person changed elsewhere (the popup recorded consent, a give): re-read their history. */
  contactChanged(contactId: string): void;
}

/** Rules whose verdict needs no history: shown before the store answers, so they never wait on it. */
const CONTEXT_FREE: ReadonlySet<RuleId> = new Set<RuleId>(['unfilled-placeholder', 'invite-note-too-long']);
/** History is read once the thread stops changing, not on every mutation while it renders. */
const HISTORY_SETTLE_MS = 400;

/**
 * Coaches one composer until `signal` aborts: analyses the draft at most once per animation frame
 * after a change, shows the findings beside it (or only counts them, in zero-footprint mode),
 * records what was received and sent.
 */
export function attach(initial: Composer, signal: AbortSignal, env: CoachEnv): Coach {
  const coach = new DraftCoach(initial, signal, env);
  coach.start();
  return coach;
}

/** One composer's coach, step by step: who it is for, their history, the analysis, the panel. */
class DraftCoach implements Coach {
  private frame = 0;
  private stale = true;
  private lastDraft: string | null = null;
  private current: Finding[] = [];
  private lastAnalysis: Analysed | null = null;
  private person: Recipient | null = null;
  private contactId: string | null | undefined;
  private stored: StoredContext | null = null;
  private storedReady = false;
  private contextToken = 0;
  private visible: VisibleCounts = { in: 0, out: 0 };
  private historyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The invitation meter, on the invite dialog only: advice beside the note, never a finding. */
  private invites: Omit<PanelNote, 'standalone'> | null = null;
  private readonly store: CoachStore;
  private readonly panel: Panel;

  constructor(private composer: Composer, private readonly signal: AbortSignal, private readonly env: CoachEnv) {
    this.store = env.store ?? backgroundStore;
    this.panel = createPanel({
      ignore: (card) => this.ignore(card),
      neverFlag: (card) => {
        // Hidden at once; the allowlist then keeps it away once the settings bring it.
        this.ignore(card);
        this.store.neverFlag(card.phrases);
      },
    }, signal);
  }

  readonly contact = (): Recipient | null => this.person;
  readonly surface = () => this.composer.surface;
  readonly findings = (): Finding[] => this.current;
  readonly analysed = (): Analysed | null => this.lastAnalysis;

  start(): void {
    this.loadInvites();
    this.listen();
    this.watchSent();
    const { editor } = this.composer;
    if (editor.contains(editor.ownerDocument.activeElement)) this.env.focus.focus(this);
    this.noticeRecipient();
    this.schedule();
  }

  refresh(latest: Composer): void {
    this.composer = latest;
    // Typing never changes who the message is for; only a page change (another thread) does.
    this.noticeRecipient();
    this.schedule();
    clearTimeout(this.historyTimer);
    this.historyTimer = setTimeout(() => this.syncHistory(), HISTORY_SETTLE_MS);
  }

  readonly settingsChanged = (): void => this.invalidate();

  contactChanged(id: string): void {
    if (id === this.contactId && this.person !== null && !this.signal.aborted) this.loadContext(this.person);
  }

  private readonly schedule = (): void => {
    if (this.frame === 0 && !this.signal.aborted) this.frame = requestAnimationFrame(this.run);
  };

  private invalidate(): void {
    this.stale = true;
    this.schedule();
  }

  private ignore(card: Card): void {
    for (const finding of card.findings) this.env.ignored.add(ignoreKey(finding, this.lastDraft ?? ''));
    this.invalidate();
  }

  /** Input, focus, scrolling and resizing of this composer, and LinkedIn's own writes into the editor. */
  private listen(): void {
    const { scope, editor } = this.composer;
    const { signal } = this;
    const onInput = () => this.invalidate();
    scope.addEventListener('input', onInput, { capture: true, signal });
    scope.addEventListener('focusin', () => this.env.focus.focus(this), { capture: true, signal });
    // Scrolling inside the editor moves the evidence under the marks.
    scope.addEventListener('scroll', this.schedule, { capture: true, passive: true, signal });
    const resize = new ResizeObserver(this.schedule);
    resize.observe(editor);
    // LinkedIn writes into the editor without input events: a restored draft, the clear after a send.
    const edits = new MutationObserver(onInput);
    edits.observe(editor, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.historyTimer);
      resize.disconnect();
      edits.disconnect();
      this.env.focus.gone(this);
    }, { once: true });
  }

  /** What the user sends is recorded; the person's history is then read again (the first message changes it). */
  private watchSent(): void {
    watchSends(() => this.composer, this.signal, (draft) => {
      const who = this.composer.recipient() ?? this.person;
      if (who === null) return;
      void this.store.record({ type: 'interaction.record', contactId: who.id, kind: 'sent', surface: this.composer.surface, text: clip(draft, LIMITS.text), at: Date.now() })
        .then(() => {
          if (!this.signal.aborted && who.id === this.contactId) this.loadContext(who);
        });
    });
  }

  private loadInvites(): void {
    if (this.composer.surface !== 'invite-note') return;
    void inviteMeter().then((note) => {
      if (this.signal.aborted || note === null) return;
      this.invites = note;
      this.invalidate();
    });
  }

  private noticeRecipient(): void {
    const who = this.composer.recipient();
    const id = who?.id ?? null;
    if (id === this.contactId) return;
    // The same editor now writes to someone else (LinkedIn reuses it across threads): "Ignore here" was for the last one.
    if (this.contactId !== undefined) this.env.ignored.clear();
    this.contactId = id;
    this.person = who;
    this.stored = null;
    this.storedReady = false;
    this.visible = { in: 0, out: 0 };
    this.loadContext(who);
    this.syncHistory();
  }

  private loadContext(who: Recipient | null): void {
    const token = ++this.contextToken;
    if (who === null) {
      this.stored = null;
      this.storedReady = true;
      return;
    }
    void this.store.context(who).then((result) => {
      if (this.signal.aborted || token !== this.contextToken) return;
      this.stored = result;
      this.storedReady = true;
      this.invalidate();
    });
  }

  private syncHistory(): void {
    clearTimeout(this.historyTimer);
    if (this.signal.aborted) return;
    const messages = this.composer.history();
    const counts = countVisible(messages);
    if (counts.in !== this.visible.in || counts.out !== this.visible.out) {
      this.visible = counts;
      this.invalidate();
    }
    if (this.person !== null) reportReceived(messages, this.person.id, this.composer.surface, this.store);
  }

  private readonly run = (): void => {
    this.frame = 0;
    if (this.signal.aborted) return;
    const settings = this.env.settings();
    const draft = this.composer.readDraft();
    // An empty composer has nothing to say, and must not pay for the engine's first build.
    const hasText = draft.trim() !== '';
    if (hasText && !prepareStep()) {
      // The engine is still being built, a step per task: come back when it is ready.
      void engineReady().then(() => { if (!this.signal.aborted) this.invalidate(); });
      return;
    }
    if (draft !== this.lastDraft || this.stale) this.analyse(draft, hasText, settings);
    this.render(draft, hasText, settings);
  };

  private analyse(draft: string, hasText: boolean, settings: AppSettings): void {
    this.lastDraft = draft;
    this.stale = false;
    const situation = { composer: this.composer, recipient: this.person, stored: this.stored, visible: this.visible };
    const all = settings.surfaces[this.composer.surface] && hasText ? analyze(draft, draftContext(situation, settings), settings.engine) : [];
    const next = visibleFindings(this.storedReady ? all : all.filter((f) => CONTEXT_FREE.has(f.rule)), draft, this.env.ignored);
    const changed = !sameFindings(next, this.current);
    this.current = next;
    this.lastAnalysis = { length: draft.length, withHistory: this.storedReady };
    if (changed) this.env.focus.changed(this);
  }

  private render(draft: string, hasText: boolean, settings: AppSettings): void {
    if (settings.zeroFootprint || !settings.surfaces[this.composer.surface]) {
      this.panel.remove();
      return;
    }
    // The meter joins the panel once the user writes a note (or the threshold is reached): an untouched dialog stays untouched.
    const note = this.invites && { ...this.invites, standalone: this.invites.urgent || hasText };
    const marks = () => markBoxes(this.composer, draft, this.current, this.panel.hostRect());
    if (!this.panel.show(this.composer, cardsOf(this.current, draft), marks, note)) this.schedule();
  }
}
