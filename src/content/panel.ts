import type { Finding, Severity } from '../rules/types';
import type { Composer } from '../linkedin/types';
import { t, type CoachMessage } from './i18n';
import { PANEL_CSS } from './panel-style';
import type { MarkBox } from './evidence-marks';
import { themeAround } from './theme';
import { holdWhileAlive, markOwned } from './lifetime';

/** One problem as the user sees it: the findings of one rule that say the same thing, with their words. */
export interface Card {
  findings: Finding[];
  /** the evidence, quoted on the card; empty when the evidence is not a phrase (a note's overflow) */
  phrases: string[];
}

/** A line under the cards that is no finding (the invite dialog's invitation meter). */
export interface PanelNote {
  text: string;
  /** Set in bold: the user's threshold is reached. */
  urgent: boolean;
  /** Worth showing the panel for even with no finding. */
  standalone: boolean;
}

export interface PanelActions {
  ignore(card: Card): void;
  neverFlag(card: Card): void;
}

export interface Panel {
  /**
   * Shows the findings beside the composer (inserting the host on first need) and the evidence marks.
   * Returns false when the marks wait for the next frame: right after inserting the host, measuring
   * would force a layout of the page inside this task.
   */
  show(composer: Composer, cards: readonly Card[], marks: () => MarkBox[], note?: PanelNote | null): boolean;
  /** Takes the host out of LinkedIn's DOM (zero-footprint switched on, surface switched off). */
  remove(): void;
  /** The host's box, to place marks relative to it; null while it is not in the page. */
  hostRect(): DOMRect | null;
}

const SEVERITY_LABEL: Record<Severity, CoachMessage> = {
  info: 'coachSeverityInfo',
  warning: 'coachSeverityWarning',
  error: 'coachSeverityError',
};

// Presses on the panel must not reach LinkedIn's handlers on the form (Enter on one of our buttons
// is not "send") and must not pull focus out of the draft. Other keys (Tab, Escape) go on to
// LinkedIn: its dialogs trap focus and close on Escape.
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;
const CONTAINED_KEYS: ReadonlySet<string> = new Set(['Enter', ' ']);

export function createPanel(actions: PanelActions, signal: AbortSignal): Panel {
  let host: HTMLElement | null = null;
  let root: HTMLDivElement | null = null;
  let list: HTMLElement | null = null;
  let noteLine: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let shownKey = '';
  let current: readonly Card[] = [];

  const build = (doc: Document) => {
    host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    root = doc.createElement('div');
    root.className = 'panel';
    layer = doc.createElement('div');
    layer.className = 'marks';
    layer.setAttribute('aria-hidden', 'true');
    list = doc.createElement('section');
    list.className = 'list';
    list.setAttribute('aria-live', 'polite');
    list.setAttribute('aria-label', t('coachRegionLabel'));
    noteLine = doc.createElement('p');
    noteLine.className = 'note';
    root.append(layer, list, noteLine);
    shadow.append(style, root);
    markOwned(style);
    holdWhileAlive(root, signal);
    for (const type of CONTAINED_EVENTS) {
      shadow.addEventListener(type, (event) => {
        event.stopPropagation();
        if (event.type === 'mousedown' || event.type === 'pointerdown') event.preventDefault();
      }, { signal });
    }
    for (const type of ['keydown', 'keypress', 'keyup'] as const) {
      shadow.addEventListener(type, (event) => {
        if (event instanceof KeyboardEvent && CONTAINED_KEYS.has(event.key)) event.stopPropagation();
      }, { signal });
    }
    shadow.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest('button');
      const index = Number(button?.dataset.index);
      const action = button?.dataset.action;
      const card = current[index];
      if (!card) return;
      if (action === 'ignore') actions.ignore(card);
      else if (action === 'allow') actions.neverFlag(card);
    }, { signal });
    return host;
  };

  const place = (composer: Composer): boolean => {
    if (host?.isConnected) return true;
    const slot = composer.panelSlot();
    if (slot === null) return false;
    const node = host ?? build(composer.editor.ownerDocument);
    slot.parent.insertBefore(node, slot.before && slot.before.parentNode === slot.parent ? slot.before : null);
    return true;
  };

  const render = (doc: Document, cards: readonly Card[]) => {
    list?.replaceChildren(...cards.map((card, index) => cardElement(doc, card, index)));
  };

  signal.addEventListener('abort', () => {
    host?.remove();
    host = null;
  }, { once: true });

  return {
    show(composer, cards, marks, note = null) {
      if (signal.aborted || (cards.length === 0 && !note?.standalone && !host?.isConnected)) return true;
      const placed = host?.isConnected === true;
      if (!place(composer) || !root || !layer) return true;
      const key = JSON.stringify([note, cards.map(({ findings: [f], phrases }) => [f?.rule, f?.severity, f?.message, f?.suggestion, phrases])]);
      current = cards;
      if (key !== shownKey || !placed) {
        shownKey = key;
        // Read when the cards change, not every frame: it walks computed styles up the tree.
        root.className = `panel ${themeAround(host?.parentElement ?? composer.editor)}${composer.adapter === 'chat-overlay' ? ' narrow' : ''}`;
        render(composer.editor.ownerDocument, cards);
        if (noteLine) {
          noteLine.textContent = note?.text ?? '';
          noteLine.classList.toggle('urgent', note?.urgent === true);
        }
      }
      if (!placed) return false;
      drawMarks(layer, marks());
      return true;
    },
    remove() {
      host?.remove();
    },
    hostRect() {
      return host?.isConnected ? host.getBoundingClientRect() : null;
    },
  };
}

function cardElement(doc: Document, { findings: [finding], phrases }: Card, index: number): HTMLElement {
  const el = doc.createElement('div');
  if (finding === undefined) return el;
  el.className = `finding ${finding.severity}`;
  el.dataset.rule = finding.rule;
  el.setAttribute('role', 'group');
  const severity = doc.createElement('span');
  severity.className = 'severity';
  severity.textContent = t(SEVERITY_LABEL[finding.severity]);
  const message = doc.createElement('p');
  message.className = 'message';
  message.append(severity, finding.message);
  el.append(message);
  if (phrases.length > 0) {
    const quoted = doc.createElement('p');
    quoted.className = 'phrases';
    quoted.append(...phrases.map((phrase) => Object.assign(doc.createElement('q'), { textContent: phrase })));
    el.append(quoted);
  }
  const suggestion = doc.createElement('p');
  suggestion.className = 'suggestion';
  suggestion.textContent = finding.suggestion;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(button(doc, 'ignore', index, t('coachIgnoreHere')));
  if (phrases.length > 0) actions.append(button(doc, 'allow', index, t('coachNeverFlag')));
  el.append(suggestion, actions);
  return el;
}

function button(doc: Document, action: string, index: number, label: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.action = action;
  b.dataset.index = String(index);
  b.textContent = label;
  return b;
}

function drawMarks(layer: HTMLElement, boxes: readonly MarkBox[]): void {
  const doc = layer.ownerDocument;
  while (layer.childElementCount > boxes.length) layer.lastElementChild?.remove();
  while (layer.childElementCount < boxes.length) layer.append(doc.createElement('span'));
  boxes.forEach((box, i) => {
    const mark = layer.children[i] as HTMLElement;
    mark.className = `mark ${box.severity}`;
    mark.style.left = `${box.left}px`;
    mark.style.top = `${box.top}px`;
    mark.style.width = `${box.width}px`;
    mark.style.height = `${box.height}px`;
  });
}
