import type { CoachStore } from '../content/coach-store';
import { EXAMPLES } from './examples';

/**
 * The examples' made-up histories for the coach; what is "sent" here is kept nowhere, and a phrase
 * the user says never to flag goes to `allowHere`, the page's own allowlist: the practice page is a
 * sandbox, so it must not change what the coach flags on LinkedIn.
 */
export function practiceStore(allowHere: (phrases: readonly string[]) => void): CoachStore {
  return {
    context: async (who) => EXAMPLES.find((e) => e.person.id === who.id)?.stored ?? null,
    record: async () => undefined,
    neverFlag: allowHere,
  };
}
