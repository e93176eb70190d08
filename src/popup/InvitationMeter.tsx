import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/client';
import type { ResponseData } from '../shared/protocol';
import { t } from '../ui/i18n';

/** Invitations sent in the last 7 days against the user's threshold and limit: advice, never automation. */
export function InvitationMeter() {
  const [week, setWeek] = useState<ResponseData['invitations.week'] | null>(null);

  useEffect(() => {
    void send<'invitations.week'>({ type: 'invitations.week' }).then((res) => setWeek(res.ok ? res.data : null));
  }, []);

  if (week === null) return null;
  const over = week.count >= week.warnAt;
  return (
    <section class="panel invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('popupInvitesTitle')}</h2>
      <label for="invitation-meter">{t('popupInvitesCount', week.count, week.limit)}</label>
      <meter id="invitation-meter" min={0} max={week.limit} low={week.warnAt} high={week.warnAt} optimum={0} value={week.count} data-count={week.count} />
      {over && <p class="status error" role="status">{t('popupInvitesWarn', week.warnAt)}</p>}
    </section>
  );
}
