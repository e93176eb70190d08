/** What a contact asked for, which the coach holds the user to (kept with the contact, exported with it). */
export interface Boundaries {
  /** early-pitch fires for this person whatever the relationship's age. */
  noPitches: boolean;
  /** YYYY-MM-DD: any draft to them gets an info finding until that day has passed. */
  awayUntil: string | null;
  /** A short note on how they prefer to be reached ("email only", "WhatsApp"); null: LinkedIn is fine. */
  otherChannel: string | null;
}

export const NO_BOUNDARIES: Boundaries = { noPitches: false, awayUntil: null, otherChannel: null };

// The boundary rule's limit, so the CLI and the popup take the same notes.
export { CHANNEL_NOTE_MAX } from '../rules/boundary';

/** A calendar day as the date input gives it. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;
