import { useState } from 'preact/hooks';
import { CHANNEL_NOTE_MAX, type Boundaries } from '../shared/boundaries';
import { send } from '../shared/client';
import { t } from '../ui/i18n';

interface Props {
  contactId: string;
  boundaries: Boundaries;
  onSaved: () => void;
}

/** What this person asked for; the coach holds every draft to them to it. */
export function BoundariesField({ contactId, boundaries, onSaved }: Props) {
  const [failed, setFailed] = useState(false);
  const [channel, setChannel] = useState(boundaries.otherChannel ?? '');

  const save = async (patch: Partial<Boundaries>): Promise<void> => {
    const res = await send<'contact.update'>({ type: 'contact.update', contactId, patch: { boundaries: patch } });
    setFailed(!res.ok);
    if (res.ok) onSaved();
  };

  return (
    <fieldset class="panel boundaries">
      <legend><h2>{t('popupBoundariesTitle')}</h2></legend>
      <label class="choice block">
        <input type="checkbox" checked={boundaries.noPitches} onChange={(e) => void save({ noPitches: e.currentTarget.checked })} />
        {t('popupBoundaryNoPitches')}
      </label>
      <label class="block" for="away-until">{t('popupBoundaryAwayUntil')}</label>
      <input id="away-until" type="date" value={boundaries.awayUntil ?? ''} onChange={(e) => void save({ awayUntil: e.currentTarget.value || null })} />
      <label class="block" for="other-channel">{t('popupBoundaryChannel')}</label>
      <input
        id="other-channel"
        type="text"
        maxLength={CHANNEL_NOTE_MAX}
        value={channel}
        aria-describedby="other-channel-hint"
        onInput={(e) => setChannel(e.currentTarget.value)}
        onChange={(e) => void save({ otherChannel: e.currentTarget.value.trim() || null })}
      />
      <p id="other-channel-hint" class="hint muted">{t('popupBoundaryChannelHint')}</p>
      <p role="status" class="status error">{failed ? t('uiSaveFailed') : ''}</p>
    </fieldset>
  );
}
