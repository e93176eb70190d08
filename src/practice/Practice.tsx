import { useEffect, useRef, useState } from 'preact/hooks';
import { attach } from '../content/coach';
import { FocusTracker } from '../content/focus';
import { draftText, isTextField } from '../linkedin/plain-text';
import type { AppSettings } from '../shared/settings';
import { t } from '../ui/i18n';
import { practiceComposer } from './composer';
import { EXAMPLES, type Example, type ExampleId } from './examples';
import { PRACTICE_STORE } from './practice-store';

/** On this page of its own the panel is always shown: zero footprint is about LinkedIn's pages. */
function coachedHere(settings: AppSettings): AppSettings {
  return { ...settings, zeroFootprint: false, surfaces: { message: true, 'invite-note': true, inmail: true } };
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
      <Thread key={example.id} example={example} settings={settings} draft={draft} />
    </div>
  );
}

interface ThreadProps {
  example: Example;
  settings: AppSettings;
  /** the text being written, carried from one person to the next */
  draft: { current: string };
}

function Thread({ example, settings, draft }: ThreadProps) {
  const form = useRef<HTMLFormElement>(null);
  const editor = useRef<HTMLElement>(null);
  const current = useRef(coachedHere(settings));
  current.current = coachedHere(settings);
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
      store: PRACTICE_STORE,
    }));
    return () => controller.abort();
  }, [example, draft]);
  useEffect(() => coach?.settingsChanged(), [coach, settings]);

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
