import type { Surface } from '../rules/types';
import type { Recipient } from '../linkedin/types';
import type { StoredContext } from '../shared/protocol';

export type ExampleId = 'new' | 'long' | 'stranger';

/** One made-up relationship: who, where the text goes, what the store would know, what the thread shows. */
export interface Example {
  id: ExampleId;
  surface: Extract<Surface, 'message' | 'invite-note'>;
  person: Recipient;
  stored: StoredContext;
  /** the visible conversation, oldest first; texts are message keys (the page speaks the browser's language) */
  thread: { direction: 'in' | 'out'; key: string }[];
}

const NOTHING: StoredContext = { connectedDaysAgo: null, sent: 0, received: 0, gave: 0, asked: 0, consentToMailing: null, recentSent: [], noPitches: false, awayUntil: null, otherChannel: null };

/**
 * Three relationships: the same pitch is early for the first and the third and an answer for the
 * second, who asked for it. The coach gets their history from here (practice-store.ts), never from
 * the store, and nothing about them is written anywhere.
 */
export const EXAMPLES: readonly Example[] = [
  {
    id: 'new',
    surface: 'message',
    person: { id: 'sam-rivera-practice', name: 'Sam Rivera', degree: 1 },
    stored: { ...NOTHING, connectedDaysAgo: 1 },
    thread: [],
  },
  {
    id: 'long',
    surface: 'message',
    person: { id: 'maren-holt-practice', name: 'Maren Holt', degree: 1 },
    stored: { ...NOTHING, connectedDaysAgo: 1_460, sent: 24, received: 21, gave: 3, asked: 1 },
    thread: [
      { direction: 'out', key: 'practiceThread_long_1' },
      { direction: 'in', key: 'practiceThread_long_2' },
    ],
  },
  {
    id: 'stranger',
    surface: 'invite-note',
    person: { id: 'alex-moreau-practice', name: 'Alex Moreau', degree: 3 },
    stored: NOTHING,
    thread: [],
  },
];
