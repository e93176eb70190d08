import { useCallback } from 'preact/hooks';
import { t } from '../ui/i18n';
import { ContactSearch } from './ContactSearch';
import { InvitationMeter } from './InvitationMeter';
import { KeepInTouch } from './KeepInTouch';
import { MonthStats } from './MonthStats';
import { Promises } from './Promises';
import { markReady } from './ready';
import { Reconnect } from './Reconnect';

/** No one on screen: find anyone, keep the promises that are due, revive a dormant tie, see how active this month has been. */
export function Everyone({ onOpen }: { onOpen: (id: string) => void }) {
  const ready = useCallback(() => markReady(), []);
  return (
    <div class="everyone">
      <header class="everyone-header">
        <h1>{t('popupTitle')}</h1>
        <p class="muted">{t('popupTagline')}</p>
      </header>
      <ContactSearch onOpen={onOpen} />
      <Promises onOpen={onOpen} />
      <MonthStats onLoaded={ready} />
      <InvitationMeter />
      <KeepInTouch onOpen={onOpen} />
      <Reconnect onOpen={onOpen} />
    </div>
  );
}
