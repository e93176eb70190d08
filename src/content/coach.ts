import { analyze, prepareStep } from '../rules/engine';
import { engineReady } from './engine-ready';
import type { Context, Finding, RuleId } from '../rules/types';
import type { Composer, Recipient } from '../linkedin/types';
import type { AppSettings } from '../shared/settings';
import { send } from '../shared/send';
import { createAliasTeller } from './alias-once';
import { clip } from '../shared/clip';
import { LIMITS } from '../shared/limits';
import type { RequestOf, StoredContext } from '../shared/protocol';
import { createPanel, type Card, type PanelNote } from './panel';
import { t } from './i18n';
import { markBoxes } from './evidence-marks';
import { watchSends } from './send-recorder';
import type { Analysed, CoachView, FocusTracker } from './focus';

export interface CoachEnv {
  settings(): AppSettings;
  focus: FocusTracker;
  /** "Ignore here" choices of this editor; they outlive a detach (a bubble minimized and reopened) */
  ignored: Set<string>;
  /** where history comes from and what is sent goes to; the background's store unless given */
  store?: CoachStore;
}

/**
 * Where a coach reads the person's history and records what was sent and received. On LinkedIn that
 * is the background's store; the practice page hands in made-up relationships and keeps nothing.
 */
export interface CoachStore {
  context(who: Recipient): Promise<StoredContext | null>;
  record(request: RequestOf<'interaction.record'>): Promise<void>;
}

export interface Coach extends CoachView {
  /** The page changed: take the adapter's fresh view of this composer and look again. */
  refresh(latest: Composer): void;
  settingsChanged(): void;
  /** Something about this person changed elsewhere (the popup recorded consent, a give): re-read their history. */
  contactChanged(contactId: string): void;
}

/** Rules whose evidence is a phrase the user chose to write; the others point at the whole draft. */
const PHRASE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'early-pitch', 'assumed-closeness', 'no-consent-signup', 'ask-without-give', 'unfilled-placeholder', 'link-in-first-contact',
]);
/** Rules whose verdict needs no history: shown before the store answers, so they never wait on it. */
const CONTEXT_FREE: ReadonlySet<RuleId> = new Set<RuleId>(['unfilled-placeholder', 'invite-note-too-long']);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** History is read once the thread stops changing, not on every mutation while it renders. */
const HISTORY_SETTLE_MS = 400;
/** Received messages already reported from this frame: the store dedups too, this saves the round trips. */
const reportedReceived = new Set<string>();

/**
 * Coaches one composer until `signal` aborts: analyses the draft at most once per animation frame
 * after a change, shows the findings beside it (or only counts them, in zero-footprint mode),
 * records what was received and sent.
 */
export function attach(initial: Composer, signal: AbortSignal, env: CoachEnv): Coach {
  let composer = initial;
  const store = env.store ?? backgroundStore;
  let frame = 0;
  let stale = true;
  let lastDraft: string | null = null;
  let findings: Finding[] = [];
  let analysed: Analysed | null = null;
  let recipient: Recipient | null = null;
  let contactId: string | null | undefined;
  let stored: StoredContext | null = null;
  let storedReady = false;
  let contextToken = 0;
  let visible = { in: 0, out: 0 };
  let historyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The invitation meter, on the invite dialog only: advice beside the note, never a finding. */
  let invites: Omit<PanelNote, 'standalone'> | null = null;

  const schedule = () => {
    if (frame === 0 && !signal.aborted) frame = requestAnimationFrame(run);
  };
  const invalidate = () => {
    stale = true;
    schedule();
  };

  const ignore = (card: Card) => {
    for (const finding of card.findings) env.ignored.add(ignoreKey(finding, lastDraft ?? ''));
    invalidate();
  };
  const panel = createPanel({
    ignore,
    neverFlag(card) {
      // Hidden at once; the allowlist then keeps it away everywhere once storage.onChanged brings it.
      ignore(card);
      for (const phrase of card.phrases) void send<'allowlist.add'>({ type: 'allowlist.add', phrase: clip(phrase, LIMITS.phrase) });
    },
  }, signal);

  const loadContext = (who: Recipient | null) => {
    const token = ++contextToken;
    if (who === null) {
      stored = null;
      storedReady = true;
      return;
    }
    void store.context(who).then((result) => {
      if (signal.aborted || token !== contextToken) return;
      stored = result;
      storedReady = true;
      invalidate();
    });
  };

  const noticeRecipient = () => {
    const who = composer.recipient();
    const id = who?.id ?? null;
    if (id === contactId) return;
    // The same editor now writes to someone else (LinkedIn reuses it across threads): "Ignore here" was for the last one.
    if (contactId !== undefined) env.ignored.clear();
    contactId = id;
    recipient = who;
    stored = null;
    storedReady = false;
    visible = { in: 0, out: 0 };
    loadContext(who);
    syncHistory();
  };

  const syncHistory = () => {
    clearTimeout(historyTimer);
    if (signal.aborted) return;
    const messages = composer.history();
    const counts = { in: 0, out: 0 };
    for (const m of messages) {
      if (m.direction === 'in') counts.in++;
      else if (m.direction === 'out') counts.out++;
    }
    if (counts.in !== visible.in || counts.out !== visible.out) {
      visible = counts;
      invalidate();
    }
    const id = recipient?.id;
    if (id === undefined) return;
    for (const m of messages) {
      if (m.direction !== 'in' || (m.urn === undefined && m.at === undefined)) continue;
      const key = m.urn ?? `${id}\u0000${m.at}\u0000${m.text}`;
      if (reportedReceived.has(key)) continue;
      reportedReceived.add(key);
      const at = m.at === undefined ? undefined : Math.round(m.at);
      void store.record({ type: 'interaction.record', contactId: id, kind: 'received', surface: composer.surface, text: clip(m.text, LIMITS.text), at, urn: m.urn });
    }
  };

  const context = (settings: AppSettings): Context => {
    const limit = composer.maxLength();
    return {
      surface: composer.surface,
      connectedDaysAgo: composer.surface === 'invite-note' ? null : stored?.connectedDaysAgo ?? (recipient?.degree === 1 ? 0 : null),
      sent: Math.max(stored?.sent ?? 0, visible.out),
      received: Math.max(stored?.received ?? 0, visible.in),
      gave: stored?.gave ?? 0,
      asked: stored?.asked ?? 0,
      consentToMailing: stored?.consentToMailing ?? null,
      recipientName: recipient?.name ?? null,
      // The dialog's own limit tells which invite-note allowance this account has.
      account: limit === null ? settings.account : limit >= 300 ? 'premium' : 'free',
      recentSent: stored?.recentSent ?? [],
      noPitches: stored?.noPitches ?? false,
      awayUntil: stored?.awayUntil ?? null,
      otherChannel: stored?.otherChannel ?? null,
    };
  };

  const loadInvites = () => {
    if (composer.surface !== 'invite-note') return;
    void send<'invitations.week'>({ type: 'invitations.week' }).then((res) => {
      if (signal.aborted || !res.ok) return;
      const { count, warnAt, limit } = res.data;
      const urgent = count >= warnAt;
      invites = { text: urgent ? t('coachInvitesWarn', count, limit) : t('coachInvitesWeek', count, limit), urgent };
      invalidate();
    });
  };
  loadInvites();

  function run() {
    frame = 0;
    if (signal.aborted) return;
    const settings = env.settings();
    const draft = composer.readDraft();
    // An empty composer has nothing to say, and must not pay for the engine's first build.
    const hasText = draft.trim() !== '';
    if (hasText && !prepareStep()) {
      // The engine is still being built, a step per task: come back when it is ready.
      void engineReady().then(() => { if (!signal.aborted) invalidate(); });
      return;
    }
    if (draft !== lastDraft || stale) {
      lastDraft = draft;
      stale = false;
      const all = settings.surfaces[composer.surface] && hasText ? analyze(draft, context(settings), settings.engine) : [];
      const next = visibleFindings(storedReady ? all : all.filter((f) => CONTEXT_FREE.has(f.rule)), draft, env.ignored);
      const changed = !sameFindings(next, findings);
      findings = next;
      analysed = { length: draft.length, withHistory: storedReady };
      if (changed) env.focus.changed(view);
    }
    if (settings.zeroFootprint || !settings.surfaces[composer.surface]) {
      panel.remove();
      return;
    }
    // The meter joins the panel once the user writes a note (or the threshold is reached): an untouched dialog stays untouched.
    const note = invites && { ...invites, standalone: invites.urgent || hasText };
    if (!panel.show(composer, cardsOf(findings, draft), () => markBoxes(composer, draft, findings, panel.hostRect()), note)) schedule();
  }

  const view: CoachView = {
    contact: () => recipient,
    surface: () => composer.surface,
    findings: () => findings,
    analysed: () => analysed,
  };

  const onInput = () => {
    stale = true;
    if (frame === 0) frame = requestAnimationFrame(run);
  };
  const scope = composer.scope;
  scope.addEventListener('input', onInput, { capture: true, signal });
  scope.addEventListener('focusin', () => env.focus.focus(view), { capture: true, signal });
  // Scrolling inside the editor moves the evidence under the marks.
  scope.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  const resize = new ResizeObserver(schedule);
  resize.observe(composer.editor);
  // LinkedIn writes into the editor without input events: a restored draft, the clear after a send.
  const edits = new MutationObserver(onInput);
  edits.observe(composer.editor, { childList: true, characterData: true, subtree: true });

  watchSends(() => composer, signal, (draft) => {
    const who = composer.recipient() ?? recipient;
    if (who === null) return;
    void store.record({ type: 'interaction.record', contactId: who.id, kind: 'sent', surface: composer.surface, text: clip(draft, LIMITS.text), at: Date.now() })
      .then(() => {
        if (!signal.aborted && who.id === contactId) loadContext(who);
      });
  });

  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(historyTimer);
    resize.disconnect();
    edits.disconnect();
    env.focus.gone(view);
  }, { once: true });

  if (composer.editor.contains(composer.editor.ownerDocument.activeElement)) env.focus.focus(view);
  noticeRecipient();
  schedule();

  return {
    ...view,
    refresh(latest) {
      composer = latest;
      // Typing never changes who the message is for; only a page change (another thread) does.
      noticeRecipient();
      schedule();
      clearTimeout(historyTimer);
      historyTimer = setTimeout(syncHistory, HISTORY_SETTLE_MS);
    },
    settingsChanged: invalidate,
    contactChanged(id) {
      if (id === contactId && recipient !== null && !signal.aborted) loadContext(recipient);
    },
  };
}

const learnAliasesOnce = createAliasTeller((ids) => send<'alias.learn'>({ type: 'alias.learn', ids }));

async function fetchContext(who: Recipient): Promise<StoredContext | null> {
  // The page shows this person by two ids (a bubble linking both): join them before reading history.
  await learnAliasesOnce([who.id, ...(who.aliases ?? [])].slice(0, 4));
  await send<'contact.seen'>({ type: 'contact.seen', contact: seenContact(who) });
  const response = await send<'context.get'>({ type: 'context.get', contactId: who.id });
  return response.ok ? response.data : null;
}

/** The page's view of the person, cut to what the store accepts (LIMITS). The background derives the profile URL from the id. */
function seenContact(who: Recipient) {
  return {
    id: who.id,
    name: clip(who.name, LIMITS.name),
    headline: who.headline === undefined ? undefined : clip(who.headline, LIMITS.headline),
    degree: who.degree,
  };
}

/** A urn the store does not take (LinkedIn changes their shape) still leaves the text+time dedup. */
async function recordInteraction(request: RequestOf<'interaction.record'>): Promise<void> {
  const response = await send<'interaction.record'>(request);
  if (!response.ok && response.error.code === 'invalid_request' && request.urn !== undefined) {
    await send<'interaction.record'>({ ...request, urn: undefined });
  }
}

const backgroundStore: CoachStore = { context: fetchContext, record: recordInteraction };

function ignoreKey(finding: Finding, draft: string): string {
  return PHRASE_RULES.has(finding.rule) ? `${finding.rule}\u0000${draft.slice(finding.start, finding.end).toLowerCase()}` : finding.rule;
}

function visibleFindings(all: Finding[], draft: string, ignored: ReadonlySet<string>): Finding[] {
  return all
    .filter((f) => !ignored.has(ignoreKey(f, draft)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** Findings that say the same thing (one rule, several places) make one card quoting each place. */
function cardsOf(findings: readonly Finding[], draft: string): Card[] {
  const cards = new Map<string, Card>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}\u0000${finding.suggestion}`;
    let card = cards.get(key);
    if (card === undefined) {
      card = { findings: [], phrases: [] };
      cards.set(key, card);
    }
    card.findings.push(finding);
    const phrase = draft.slice(finding.start, finding.end).trim();
    if (PHRASE_RULES.has(finding.rule) && phrase !== '' && !card.phrases.includes(phrase)) card.phrases.push(phrase);
  }
  return [...cards.values()];
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]?.rule && f.severity === b[i]?.severity);
}
