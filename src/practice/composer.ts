import { slotBeforeSend } from '../linkedin/panel-slot';
import { draftText, isTextField } from '../linkedin/plain-text';
import type { Composer } from '../linkedin/types';
import { t } from '../ui/i18n';
import type { Example } from './examples';

/**
 * The practice page's composer as the coach sees a LinkedIn one: the same Composer contract the
 * LinkedIn adapters fill in, read from the page's own markup instead of LinkedIn's.
 */
export function practiceComposer(example: Example, form: HTMLFormElement, editor: HTMLElement): Composer {
  const sendButton = () => form.querySelector<HTMLElement>('button[type="submit"]');
  return {
    adapter: example.surface === 'invite-note' ? 'invite-note' : 'messaging-page',
    surface: example.surface,
    scope: form,
    editor,
    readDraft: () => draftText(editor),
    recipient: () => example.person,
    history: () => example.thread.map(({ direction, key }) => ({ direction, text: t(key) })),
    maxLength: () => (isTextField(editor) && editor.maxLength > 0 ? editor.maxLength : null),
    panelSlot: () => slotBeforeSend(editor, sendButton()),
    sendButton,
    form: () => form,
  };
}
