import { guarded } from './errors';
import type { RapportDb } from './open';
import type { InteractionKind } from './schema';

export interface MonthStats {
  gave: number;
  intros: number;
  asked: number;
  /** Messages received: replies are the signal that outreach is landing. */
  replies: number;
  sent: number;
}

/** Start of the calendar month containing `now`, in the browser's time zone. */
export function startOfMonth(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
}

export function monthStats(db: RapportDb, now: number): Promise<MonthStats> {
  return guarded(async () => {
    const index = db.transaction('interactions').store.index('kind_at');
    const from = startOfMonth(now);
    const count = (kind: InteractionKind): Promise<number> => index.count(IDBKeyRange.bound([kind, from], [kind, Infinity]));
    const [gave, intros, asked, replies, sent] = await Promise.all([count('gave'), count('intro'), count('asked'), count('received'), count('sent')]);
    return { gave, intros, asked, replies, sent };
  });
}
