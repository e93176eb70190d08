import { useState } from 'preact/hooks';
import { send } from '../shared/client';
import { t } from '../ui/i18n';
import { TagEditor } from '../ui/TagEditor';

interface Props {
  contactId: string;
  wants: string[];
  haves: string[];
  onSaved: () => void;
}

/** What this person is looking for and what they can offer: the raw material of introductions. */
export function WantsHaves({ contactId, wants, haves, onSaved }: Props) {
  const [failed, setFailed] = useState(false);
  const save = async (patch: { wants?: string[]; haves?: string[] }): Promise<void> => {
    const res = await send<'contact.update'>({ type: 'contact.update', contactId, patch });
    setFailed(!res.ok);
    if (res.ok) onSaved();
  };

  return (
    <section class="panel" aria-labelledby="wants-haves-title">
      <h2 id="wants-haves-title">{t('popupWantsHavesTitle')}</h2>
      <TagEditor id="wants" label={t('popupWantsLabel')} tags={wants} onChange={(next) => void save({ wants: next })} />
      <TagEditor id="haves" label={t('popupHavesLabel')} tags={haves} onChange={(next) => void save({ haves: next })} />
      <p role="status" class="status error">{failed ? t('uiSaveFailed') : ''}</p>
    </section>
  );
}
