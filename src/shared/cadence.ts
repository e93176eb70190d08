/**
 * Keep in touch on the user's cadence: a contact is due when nothing happened for that long. Any
 * touch resets it (a message either way, a give, an intro, a note, a kept promise: anything that
 * moves the contact's lastInteractionAt). Pure, so the background and the popup agree and a test
 * can move the clock.
 */
export const CADENCES = ['2w', '1m', '3m', '6m', '1y'] as const;
export type Cadence = (typeof CADENCES)[number];

const DAY_MS = 86_400_000;

/** A month is 30 days here: "every month" means "not much more than four weeks of silence". */
export const CADENCE_DAYS: Readonly<Record<Cadence, number>> = { '2w': 14, '1m': 30, '3m': 91, '6m': 182, '1y': 365 };

export interface CadenceSetting {
  every: Cadence;
  /** When the user chose it: the clock starts there for someone never touched. */
  since: number;
}

/** The moment the contact falls due: one cadence after the last touch, or after it was set when there was none. */
export function cadenceDueAt(cadence: CadenceSetting, lastTouchAt: number | null): number {
  return (lastTouchAt ?? cadence.since) + CADENCE_DAYS[cadence.every] * DAY_MS;
}

export function isCadenceDue(cadence: CadenceSetting, lastTouchAt: number | null, now: number): boolean {
  return cadenceDueAt(cadence, lastTouchAt) <= now;
}
