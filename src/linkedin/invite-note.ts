import { pageOwner } from './page-owner';
import { slotBeforeSend } from './panel-slot';
import { isTextField } from './plain-text';
import { BUTTON, DIALOG, fast, INVITE_NOTE, SEND_INVITATION } from './selectors';
import type { SurfaceAdapter } from './types';

/**
 * The connection invite's "Add a note" step: a textarea in a dialog whose limit is its maxLength
 * (200 free, 300 Premium). The invitee is the owner of the profile it was opened from.
 */
export const inviteNote: SurfaceAdapter = {
  name: 'invite-note',
  describe(editor) {
    if (!isTextField(editor) || !editor.matches(INVITE_NOTE)) return null;
    const dialog = editor.closest(DIALOG);
    if (dialog === null) return null;
    const sendButton = () => dialog.querySelector<HTMLElement>(SEND_INVITATION)
      ?? dialog.querySelector<HTMLElement>(fast.inviteSend)
      ?? lastButtonAfter(dialog, editor);
    return {
      adapter: 'invite-note',
      surface: 'invite-note',
      scope: dialog,
      editor,
      readDraft: () => editor.value,
      recipient: () => pageOwner(dialog.ownerDocument),
      history: () => [],
      maxLength: () => (editor.maxLength > 0 ? editor.maxLength : null),
      panelSlot: () => slotBeforeSend(editor, sendButton()),
      sendButton,
      form: () => editor.form,
    };
  },
};

/** The action bar ends with the primary action: Cancel, then Send. */
function lastButtonAfter(dialog: Element, editor: Element): HTMLElement | null {
  const after = [...dialog.querySelectorAll<HTMLElement>(BUTTON)]
    .filter((button) => (editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return after.at(-1) ?? null;
}

// Test on: a 2nd-degree profile, Connect -> Add a note, e.g. https://www.linkedin.com/in/<slug>/
