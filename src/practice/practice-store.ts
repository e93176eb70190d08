import type { CoachStore } from '../content/coach-store';
import { EXAMPLES } from './examples';

/** The examples' made-up histories for the coach; what is "sent" here is kept nowhere. */
export const PRACTICE_STORE: CoachStore = {
  context: async (who) => EXAMPLES.find((e) => e.person.id === who.id)?.stored ?? null,
  record: async () => undefined,
};
