import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CoachStore } from '../content/coach-store';
import { attach } from '../content/coach';
import { FocusTracker } from '../content/focus';
import { draftText, isTextField } from '../linkedin/plain-text';
import type { AppSettings } from '../shared/settings';
import { t } from '../ui/i18n';
import { practiceComposer } from './composer';
import { EXAMPLES, type Example, type ExampleId } from './examples';
import { practiceStore } from './practice-store';

/**
 * On this page of its own the panel is always shown (zero footprint is about LinkedIn's pages), and
 * the phrases allowed here join the user's allowlist for this page only.
 */
function coachedHere(settings: AppSettings, allowedHere: readonly string[]): AppSettings {
  return {
    ...settings,
    zeroFootprint: false,
    surfaces: { message: true, 'invite-note': true, inmail: true },
    engine: { ...settings.engine, allowlist: [...settings.engine.allowlist, ...allowedHere] },
  };
}

/** `list` with the phrases it lacks (told apart regardless of case, as the allowlist matches). */
function withNew(list: readonly string[], phrases: readonly string[]): readonly string[] {
  const known = new Set(list.map((p) => p.toLowerCase()));
  const added: string[] = [];
  for (const phrase of phrases) {
    if (known.has(phrase.toLowerCase())) continue;
    known.add(phrase.toLowerCase());
    added.push(phrase);
  }
  return added.length === 0 ? list : [...list, ...added];
}

/**
 * A LinkedIn-like composer with the content script's own coach and panel attached, and three
 * made-up relationships to write to. The draft follows the user from one person to the next, so the
 * same words are judged against another history.
 */
export function Practice({ settings }: { settings: AppSettings }) {
  const [exampleId, setExampleId] = useState<ExampleId>('new');
  const example = EXAMPLES.find((e) => e.id === exampleId) ?? EXAMPLES[0];
  const draft = useRef('');
  // "Never flag" here is practice too: kept in this page, never in the allowlist LinkedIn's coach reads.
  const [allowedHere, setAllowedHere] = useState<readonly string[]>([]);
  // Flagging a phrase again starts the coach afresh on the draft, so what was hidden with it shows again.
  const [restarts, setRestarts] = useState(0);
  const store = useMemo(() => practiceStore((phrases) => setAllowedHere((was) => withNew(was, phrases))), []);
  const flagAgain = (phrase: string): void => {
    setAllowedHere((was) => was.filter((p) => p !== phrase));
    setRestarts((n) => n + 1);
  };
  if (!example) return null;
  return (
    <div class="practice">
      <fieldset class="examples panel">
        <legend><h2>{t('practiceExamplesLegend')}</h2></legend>
        {EXAMPLES.map((e) => (
          <label key={e.id} class="example choice block" data-example={e.id}>
            <input type="radio" name="example" checked={e.id === exampleId} onChange={() => setExampleId(e.id)} />
            <span>
              <strong translate={false}>{e.person.name}</strong>
              <span class="muted summary">{t(`practiceSummary_${e.id}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="practice-main">
        <Thread key={`${example.id}-${restarts}`} example={example} settings={settings} allowedHere={allowedHere} store={store} draft={draft} />
        {allowedHere.length > 0 && (
          <section class="allowed-here panel" aria-labelledby="allowed-here-title">
            <h2 id="allowed-here-title">{t('practiceAllowedHereTitle')}</h2>
            <p class="muted">{t('practiceAllowedHereHint')}</p>
            <ul>
              {allowedHere.map((phrase) => (
                <li key={phrase} class="row">
                  <q translate={false}>{phrase}</q>
                  <button type="button" onClick={() => flagAgain(phrase)} aria-label={t('practiceFlagAgainLabel', phrase)}>{t('practiceFlagAgain')}</button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

interface ThreadProps {
  example: Example;
  settings: AppSettings;
  /** phrases "Never flag" allowed on this page only */
  allowedHere: readonly string[];
  store: CoachStore;
  /** the text being written, carried from one person to the next */
  draft: { current: string };
}

function Thread({ example, settings, allowedHere, store, draft }: ThreadProps) {
  const form = useRef<HTMLFormElement>(null);
  const editor = useRef<HTMLElement>(null);
  const current = useRef(coachedHere(settings, allowedHere));
  current.current = coachedHere(settings, allowedHere);
  const [coach, setCoach] = useState<{ settingsChanged(): void } | null>(null);
  const [length, setLength] = useState(draft.current.length);
  const [sent, setSent] = useState(false);
  const invite = example.surface === 'invite-note';
  const limit = settings.account === 'premium' ? 300 : 200;

  useEffect(() => {
    const f = form.current;
    const e = editor.current;
    if (!f || !e) return;
    fill(e, draft.current);
    const controller = new AbortController();
    // No LinkedIn tab here, so no toolbar badge to keep up to date.
    const focus = new FocusTracker(() => undefined);
    setCoach(attach(practiceComposer(example, f, e), controller.signal, {
      settings: () => current.current,
      focus,
      ignored: new Set(),
      store,
    }));
    return () => controller.abort();
  }, [example, draft, store]);
  useEffect(() => coach?.settingsChanged(), [coach, settings, allowedHere]);

  const onInput = (): void => {
    if (editor.current) draft.current = draftText(editor.current);
    setLength(draft.current.length);
    setSent(false);
  };
  const useSample = (): void => {
    const e = editor.current;
    if (!e) return;
    draft.current = t('practiceSample');
    fill(e, draft.current);
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.focus();
  };

  return (
    <section class="thread panel" aria-labelledby="thread-name" data-surface={example.surface}>
      <header class="thread-header">
        <span class="avatar" aria-hidden="true" translate={false}>{initials(example.person.name)}</span>
        <div>
          <h2 id="thread-name" translate={false}>{example.person.name}</h2>
          <p class="muted">{t(`practiceHeadline_${example.id}`)}</p>
        </div>
      </header>
      {invite ? (
        <p class="muted thread-note">{t('practiceInviteIntro', example.person.name)}</p>
      ) : example.thread.length === 0 ? (
        <p class="muted thread-note">{t(`practiceThreadEmpty_${example.id}`)}</p>
      ) : (
        <ol class="messages" aria-label={t('practiceMessagesLabel')}>
          {example.thread.map((m) => (
            <li key={m.key} class={`message ${m.direction}`}>
              <span class="visually-hidden">{t(m.direction === 'in' ? 'practiceFromThem' : 'practiceFromYou')}</span>
              {t(m.key)}
            </li>
          ))}
        </ol>
      )}
      <form ref={form} class="composer" onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
        {invite ? (
          <>
            <label for="practice-note">{t('practiceNoteLabel')}</label>
            <textarea
              ref={editor as { current: HTMLTextAreaElement | null }}
              id="practice-note"
              class="editor"
              rows={5}
              maxLength={limit}
              onInput={onInput}
            />
            <p class="muted counter" aria-live="off">{length}/{limit}</p>
          </>
        ) : (
          <div
            ref={editor as { current: HTMLDivElement | null }}
            class="editor"
            contentEditable
            role="textbox"
            aria-multiline="true"
            aria-label={t('practiceEditorLabel')}
            onInput={onInput}
          />
        )}
        <div class="composer-footer row">
          <button type="button" onClick={useSample}>{t('practiceUseSample')}</button>
          <button type="submit" class="primary">{t(invite ? 'practiceSendInvite' : 'practiceSend')}</button>
        </div>
      </form>
      <p role="status" class="status">{sent ? t('practiceNotSent') : ''}</p>
    </section>
  );
}

/** Puts `text` into the editor the way LinkedIn's editor holds it: one paragraph per line. */
function fill(editor: HTMLElement, text: string): void {
  if (isTextField(editor)) {
    editor.value = text;
    return;
  }
  const doc = editor.ownerDocument;
  editor.replaceChildren(...(text === '' ? [] : text.split('\n').map((line) => {
    const p = doc.createElement('p');
    p.append(line === '' ? doc.createElement('br') : line);
    return p;
  })));
}

function initials(name: string): string {
  return name.split(/\s+/u).map((part) => part.charAt(0)).join('').slice(0, 2);
}
