import type { Surface } from '../rules/types';
import type { VisibleMessage } from '../linkedin/types';
import { clip } from '../shared/clip';
import { LIMITS } from '../shared/limits';
import type { CoachStore } from './coach-store';
import type { VisibleCounts } from './draft-context';

/** Received messages already reported from this frame: the store dedups too, this saves the round trips. */
const reportedReceived = new Set<string>();

export function countVisible(messages: readonly VisibleMessage[]): VisibleCounts {
  const counts = { in: 0, out: 0 };
  for (const m of messages) {
    if (m.direction === 'in') counts.in++;
    else if (m.direction === 'out') counts.out++;
  }
  return counts;
}

/**
 * Records what this person wrote, as the thread shows it, once per frame. A message with neither a
 * urn nor a time could be any day's: the store could not keep it apart from the next, so it is left.
 */
export function reportReceived(messages: readonly VisibleMessage[], contactId: string, surface: Surface, store: CoachStore): void {
  for (const m of messages) {
    if (m.direction !== 'in' || (m.urn === undefined && m.at === undefined)) continue;
    const key = m.urn ?? `${contactId}\u0000${m.at}\u0000${m.text}`;
    if (reportedReceived.has(key)) continue;
    reportedReceived.add(key);
    const at = m.at === undefined ? undefined : Math.round(m.at);
    void store.record({ type: 'interaction.record', contactId, kind: 'received', surface, text: clip(m.text, LIMITS.text), at, urn: m.urn });
  }
}
