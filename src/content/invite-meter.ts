import { send } from './requests';
import { t } from './i18n';
import type { PanelNote } from './panel';

/** The invitation meter under the invite dialog's note: this week's count against the user's limit. */
export async function inviteMeter(): Promise<Omit<PanelNote, 'standalone'> | null> {
  const res = await send<'invitations.week'>({ type: 'invitations.week' });
  if (!res.ok) return null;
  const { count, warnAt, limit } = res.data;
  const urgent = count >= warnAt;
  return { text: urgent ? t('coachInvitesWarn', count, limit) : t('coachInvitesWeek', count, limit), urgent };
}
