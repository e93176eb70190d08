import type { Context } from './types';

/**
 * The seeds' "young relationship": an invite note, no connection at all, connected for fewer than
 * `youngDays`, or fewer than `repliesNeeded` replies received. Trust has not been built yet.
 */
export function isYoung(ctx: Context, youngDays: number, repliesNeeded: number): boolean {
  return ctx.surface === 'invite-note'
    || ctx.connectedDaysAgo === null
    || ctx.connectedDaysAgo < youngDays
    || ctx.received < repliesNeeded;
}

/** A first contact: an invite note, or nothing exchanged in either direction yet. */
export function isFirstContact(ctx: Context): boolean {
  return ctx.surface === 'invite-note' || (ctx.sent === 0 && ctx.received === 0);
}
