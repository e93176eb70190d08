import { stillAway } from '../rules/boundary';
import type { Boundaries } from '../shared/boundaries';
import { formatDate, t } from '../ui/i18n';

/** A calendar day at local noon, so no time zone shows it as the day before. */
function dayToLocalNoon(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12).getTime();
}

/**
 * What this person asked for, at the top of their card (seen before anything is written, not only
 * when the form further down is opened) and at the head of the timeline, as standing for now. An
 * absence that is over is no longer shown.
 */
export function BoundarySummary({ boundaries, now = Date.now(), class: className = 'boundary-summary' }: { boundaries: Boundaries; now?: number; class?: string }) {
  const away = stillAway(boundaries.awayUntil, now) ? boundaries.awayUntil : null;
  if (!boundaries.noPitches && away === null && boundaries.otherChannel === null) return null;
  return (
    <ul class={className} aria-label={t('popupBoundarySummary')}>
      {boundaries.noPitches && <li data-boundary="no-pitches">{t('popupBoundaryNoPitches')}</li>}
      {away !== null && <li data-boundary="away">{t('popupBoundaryShownAway', formatDate(dayToLocalNoon(away)))}</li>}
      {boundaries.otherChannel !== null && <li data-boundary="channel">{t('popupBoundaryShownChannel', boundaries.otherChannel)}</li>}
    </ul>
  );
}
