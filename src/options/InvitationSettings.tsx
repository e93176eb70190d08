import { INVITATION_BOUNDS, type AppSettings } from '../shared/settings';
import { t } from '../ui/i18n';
import { changeSettings } from './change-settings';

/** The invitation meter's threshold and limit; a threshold above the limit is not saved (the background refuses it). */
export function InvitationSettings({ settings }: { settings: AppSettings }) {
  const set = (key: 'warnAt' | 'limit', raw: string): void => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < INVITATION_BOUNDS.min || value > INVITATION_BOUNDS.max) return;
    void changeSettings((c) => ({ ...c, invitations: { ...c.invitations, [key]: value } }));
  };
  return (
    <fieldset class="panel" aria-describedby="invites-hint">
      <legend><h3>{t('optionsInvitesLegend')}</h3></legend>
      <p id="invites-hint" class="hint muted">{t('optionsInvitesHint')}</p>
      <label class="block" for="invites-warn-at">{t('optionsInvitesWarnAt')}</label>
      <input id="invites-warn-at" type="number" min={INVITATION_BOUNDS.min} max={settings.invitations.limit} step={1}
        value={settings.invitations.warnAt} onChange={(e) => set('warnAt', e.currentTarget.value)} />
      <label class="block" for="invites-limit">{t('optionsInvitesLimit')}</label>
      <input id="invites-limit" type="number" min={settings.invitations.warnAt} max={INVITATION_BOUNDS.max} step={1}
        value={settings.invitations.limit} onChange={(e) => set('limit', e.currentTarget.value)} />
    </fieldset>
  );
}
