import { useEffect, useState } from 'preact/hooks';
import { early } from './early';
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

export function MonthStats({ onLoaded }: { onLoaded: () => void }) {
  const [stats, setStats] = useState<Stats | null>(null);

  useEffect(() => {
    void early('stats.month').then((res) => setStats(res.ok ? res.data : { gave: 0, intros: 0, asked: 0, replies: 0 }));
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
