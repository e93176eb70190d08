import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../shared/protocol';
import { early, earlyAnswer } from './early';
import { formatNumber, t } from '../ui/i18n';

interface Stats {
  gave: number;
  intros: number;
  asked: number;
  replies: number;
}

/** Active networkers give and connect; passive ones wait and ask (the Romanian seed). */
export function verdict({ gave, intros, asked }: Stats): string {
  if (gave + intros + asked === 0) return t('popupMonthQuiet');
  return gave + intros >= asked ? t('popupMonthActive') : t('popupMonthPassive');
}

function statsOf(res: ResponseOf<'stats.month'>): Stats {
  return res.ok ? res.data : { gave: 0, intros: 0, asked: 0, replies: 0 };
}

export function MonthStats({ onLoaded }: { onLoaded: () => void }) {
  const [stats, setStats] = useState<Stats | null>(() => {
    const answered = earlyAnswer('stats.month');
    return answered ? statsOf(answered) : null;
  });

  useEffect(() => {
    // Painted from the early answer already (asked once, on mount): nothing more to ask.
    if (stats === null) void early('stats.month').then((res) => setStats(statsOf(res)));
  }, []);
  useEffect(() => {
    if (stats) onLoaded();
  }, [stats, onLoaded]);

  return (
    <section class="panel" aria-labelledby="month-title">
      <h2 id="month-title">{t('popupMonthTitle')}</h2>
      {stats && (
        <>
          <dl class="stats">
            {(['gave', 'intros', 'asked', 'replies'] as const).map((k) => (
              <div key={k} class={`stat stat-${k}`}>
                <dt>{t(`popupMonth_${k}`)}</dt>
                <dd>{formatNumber(stats[k])}</dd>
              </div>
            ))}
          </dl>
          <p class="verdict">{verdict(stats)}</p>
        </>
      )}
    </section>
  );
}
