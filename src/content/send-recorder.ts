import type { Composer } from '../linkedin/types';

/** Enter sends only when LinkedIn's "Press Enter to send" is on: a send is confirmed by the draft emptying. */
const ENTER_CONFIRM_MS = [300, 1000];
/** submit, the button's click and Enter can all report the same send. */
const SAME_SEND_MS = 3000;

/**
 * Calls `onSent` with the draft as it was when the user sent it. Listens in the capture phase on
 * the composer's scope (the form may live in a shadow root, where a document listener sees nothing),
 * and only reads: sending is never blocked, prevented or delayed.
 */
export function watchSends(composer: () => Composer, signal: AbortSignal, onSent: (draft: string) => void): void {
  const scope = composer().scope;
  let last = { text: '', at: 0 };

  const record = (draft: string) => {
    const now = Date.now();
    if (draft.trim() === '' || (draft === last.text && now - last.at < SAME_SEND_MS)) return;
    last = { text: draft, at: now };
    onSent(draft);
  };

  scope.addEventListener('submit', (event) => {
    if (event.target === composer().form()) record(composer().readDraft());
  }, { capture: true, signal });

  scope.addEventListener('click', (event) => {
    const button = composer().sendButton();
    if (button !== null && event.target instanceof Node && button.contains(event.target)) record(composer().readDraft());
  }, { capture: true, signal });

  scope.addEventListener('keydown', (event) => {
    const current = composer();
    const editor = current.editor;
    if (!(event instanceof KeyboardEvent) || event.key !== 'Enter' || event.shiftKey || event.isComposing || !editor.isContentEditable) return;
    if (!(event.target instanceof Node) || !editor.contains(event.target)) return;
    const draft = current.readDraft();
    // Not tied to `signal`: a send that closes the composer detaches its coach, and must still count.
    for (const delay of ENTER_CONFIRM_MS) {
      setTimeout(() => {
        if (!editor.isConnected || current.readDraft().trim() === '') record(draft);
      }, delay);
    }
  }, { capture: true, signal });
}
