import type { ResponseOf } from '../shared/protocol';

type Learn = (ids: string[]) => Promise<ResponseOf<'alias.learn'>>;

/**
 * alias.learn once per person per page. The coach loads a person's context on every look at the
 * thread (a send, a history change, a setting), and a thread that links both ids would otherwise
 * ask the store to join the same two ids each time. Told again only if the store could not act
 * on it: no answer, or nobody known yet by either id (the contact.seen that follows creates them,
 * so the next load joins them).
 */
export function createAliasTeller(learn: Learn): (ids: string[]) => Promise<void> {
  const told = new Set<string>();
  return async (ids) => {
    if (ids.length < 2) return;
    const key = [...ids].sort().join('\u0000');
    if (told.has(key)) return;
    // Marked before the answer: two loads in flight at once send it once.
    told.add(key);
    const response = await learn(ids);
    if (!response.ok || response.data.id === null) told.delete(key);
  };
}
