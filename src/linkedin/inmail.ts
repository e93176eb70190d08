import { bubbleOf, isInMail, messageComposer, messageFormOf, threadPaneOf } from './message-form';
import type { SurfaceAdapter } from './types';

/** InMail to a 2nd/3rd-degree member: a message form with a subject field under the InMail credits banner. */
export const inmail: SurfaceAdapter = {
  name: 'inmail',
  describe(editor) {
    const form = messageFormOf(editor);
    const scope = form && (bubbleOf(form) ?? threadPaneOf(form));
    if (!form || !scope || !isInMail(form, scope)) return null;
    return messageComposer('inmail', editor, form, scope);
  },
};

// Test on: Message on the profile of a 3rd-degree member with Premium, e.g. https://www.linkedin.com/in/<slug>/
