import { bubbleOf, isInMail, messageComposer, messageFormOf } from './message-form';
import type { SurfaceAdapter } from './types';

/** The overlay chat bubbles on any page: several can be open at once, each scoped to its own dialog. */
export const chatOverlay: SurfaceAdapter = {
  name: 'chat-overlay',
  describe(editor) {
    const form = messageFormOf(editor);
    const bubble = form && bubbleOf(form);
    if (!form || !bubble || isInMail(form, bubble)) return null;
    return messageComposer('chat-overlay', editor, form, bubble);
  },
};

// Test on: any page with a chat bubble open, e.g. https://www.linkedin.com/feed/
