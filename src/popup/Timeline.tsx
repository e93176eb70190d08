import { useState } from 'preact/hooks';
import { formatDate, t } from '../ui/i18n';
import type { Boundaries } from '../shared/boundaries';
import type { Interaction } from '../shared/protocol';
import { BoundarySummary } from './BoundarySummary';

const FIRST = 8;

/** Everything that passed between you, newest first, under what this person asked for that stands now. */
export function Timeline({ interactions, boundaries }: { interactions: Interaction[]; boundaries: Boundaries }) {
  const [all, setAll] = useState(false);
  const shown = all ? interactions : interactions.slice(0, FIRST);

  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('popupTimelineTitle')}</h2>
      <BoundarySummary boundaries={boundaries} class="timeline-boundaries" />
      {interactions.length === 0 ? (
        <p class="muted">{t('popupTimelineEmpty')}</p>
      ) : (
        <ol class="timeline">
          {shown.map((i, n) => (
            <li key={i.id ?? n} class={`timeline-item kind-${i.kind}`}>
              <span class="timeline-kind">{t(`popupKind_${i.kind}`)}</span>{' '}
              <time class="muted" dateTime={new Date(i.at).toISOString()}>{formatDate(i.at)}</time>
              {i.snippet && <p class="timeline-snippet" translate={false}>{i.snippet}</p>}
            </li>
          ))}
        </ol>
      )}
      {!all && interactions.length > FIRST && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('popupTimelineShowAll', interactions.length)}
        </button>
      )}
    </section>
  );
}
