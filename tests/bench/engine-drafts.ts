// The engine bench's drafts and context, shared by its own process (engine.bench.ts) and the fresh
// processes that time each call on the main thread (engine-child.ts).
import type { Context } from '../../src/rules/types';
import { loadPart } from '../corpus/evaluate';

export const LENGTH = 2_000;
export const WARM_UP = 300;
export const SAMPLES = 5_000;
export const DRAFTS = 50;

/** Every rule is live: a cold contact, and twenty messages sent to others recently. */
const contextOf = (recentSent: string[]): Context => ({
  surface: 'message', connectedDaysAgo: 3, sent: 0, received: 0, gave: 0, asked: 0,
  consentToMailing: null, recipientName: 'Sam', account: 'free', recentSent,
});

const corpus = loadPart('train').map((s) => s.input.text);

export const context = (): Context => contextOf(corpus.slice(100, 120));

/** 2,000-character drafts stitched from the corpus, all seven languages mixed. */
export function drafts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let draft = '';
    for (let k = i * 11; draft.length < LENGTH; k++) draft += `${corpus[k % corpus.length] ?? ''}\n`;
    return draft.slice(0, LENGTH);
  });
}
