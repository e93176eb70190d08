import { guarded } from './errors';
import type { RapportDb } from './open';

export const INVITATION_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** LinkedIn reports an invite once per click, but the dialog's Send and our own watch may both see it. */
export const SAME_INVITATION_MS = 60_000;

/** One invitation to `contactId` at `at`; the same person invited again within a minute is the same invitation. */
export function recordInvitation(db: RapportDb, contactId: string, at: number, withNote: boolean): Promise<boolean> {
  return guarded(async () => {
    const tx = db.transaction('invitations', 'readwrite');
    const near = await tx.store.index('at').getAll(IDBKeyRange.bound(at - SAME_INVITATION_MS, at + SAME_INVITATION_MS));
    if (near.some((i) => i.contactId === contactId)) {
      await tx.done;
      return false;
    }
    await tx.store.add({ contactId, at, withNote });
    await tx.done;
    return true;
  });
}

/** Invitations sent in the 7 days up to `now` (a rolling window, as LinkedIn's weekly limit is reported to be). */
export function invitationsInWindow(db: RapportDb, now: number): Promise<number> {
  return guarded(() => db.countFromIndex('invitations', 'at', IDBKeyRange.bound(now - INVITATION_WINDOW_MS, now, true, false)));
}
