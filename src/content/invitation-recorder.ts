import { invitedWithoutNote } from '../linkedin/invite-without-note';
import { send } from './requests';

/**
 * Counts the invitations sent without a note (those with one are recorded with their note). Only
 * reads the click, in the capture phase, and never blocks or delays it.
 */
export function recordInvitationsWithoutNote(doc: Document, signal: AbortSignal): void {
  doc.addEventListener('click', (event) => {
    const who = invitedWithoutNote(event.composedPath(), doc);
    if (who !== null) void send<'invitation.record'>({ type: 'invitation.record', contactId: who.id, at: Date.now() });
  }, { capture: true, signal });
}
