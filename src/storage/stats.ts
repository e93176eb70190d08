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
    const [gave, intros, asked, replies, sent] = await Promise.all(
      (['gave', 'intro', 'asked', 'received', 'sent'] as const).map(count),
    );
    return { gave: gave ?? 0, intros: intros ?? 0, asked: asked ?? 0, replies: replies ?? 0, sent: sent ?? 0 };
  });
}
