import { bubbleOf, isInMail, messageComposer, messageFormOf, threadPaneOf } from './message-form';
import { MESSAGING_PATHS } from './selectors';
import type { SurfaceAdapter } from './types';

/**
 * The full-page thread (/messaging/thread/<id>/) and the new-message page (/messaging/thread/new/),
 * top-level, in the /preload/ frame or in the interop shadow root.
 */
export const messagingPage: SurfaceAdapter = {
  name: 'messaging-page',
  describe(editor) {
    const path = editor.ownerDocument.location.pathname;
    if (!MESSAGING_PATHS.some((prefix) => path.startsWith(prefix))) return null;
    const form = messageFormOf(editor);
    if (form === null || bubbleOf(form) !== null) return null;
    const pane = threadPaneOf(form);
    if (pane === null || isInMail(form, pane)) return null;
    return messageComposer('messaging-page', editor, form, pane);
  },
};

// Test on: https://www.linkedin.com/messaging/thread/2-…/ , https://www.linkedin.com/messaging/thread/new/
