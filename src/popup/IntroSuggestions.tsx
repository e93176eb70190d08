import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/client';
import { displayName } from '../ui/display-name';
import { t } from '../ui/i18n';
import type { ContactSummary, IntroSuggestion } from '../shared/protocol';


interface Props {
  contactId: string;
  contactName: string;
  /** Changes whenever wants/haves change, so the suggestions follow them. */
  topicsKey: string;
  onIntroduced: (otherId: string) => void;
}

/** Weak ties and serendipity: connect two people who can help each other, expecting nothing back. */
export function IntroSuggestions({ contactId, contactName, topicsKey, onIntroduced }: Props) {
  const [suggestions, setSuggestions] = useState<IntroSuggestion[] | null>(null);
  const [done, setDone] = useState<{ name: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void send<'contacts.introSuggestions'>({ type: 'contacts.introSuggestions', contactId }).then((res) => {
      if (live) setSuggestions(res.ok ? res.data.suggestions : []);
    });
    return () => {
      live = false;
    };
  }, [contactId, topicsKey]);

  const introduce = async (other: ContactSummary): Promise<void> => {
    const res = await send<'intro.record'>({ type: 'intro.record', a: contactId, b: other.id });
    setFailed(!res.ok);
    if (!res.ok) return;
    setDone({ name: displayName(other) });
    onIntroduced(other.id);
  };

  return (
    <section class="panel" aria-labelledby="intro-title">
      <h2 id="intro-title">{t('popupIntroTitle')}</h2>
      {suggestions === null ? null : suggestions.length === 0 ? (
        <p class="muted">{t('popupIntroNone')}</p>
      ) : (
        <ul class="intro-list">
          {suggestions.map((s) => (
            <li key={s.contact.id} class="intro-item">
              <div>
                <bdi class="contact-name" translate={false}>{displayName(s.contact)}</bdi>
                <IntroReason reason={s.reason} />
              </div>
              <button type="button" onClick={() => void introduce(s.contact)}>
                {t('popupIntroButton', displayName(s.contact))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class={failed ? 'status error' : 'status'}>
        {failed ? t('uiSaveFailed') : done ? t('popupIntroDone', contactName, done.name) : ''}
      </p>
    </section>
  );
}

/** "Has design help, which this person is looking for", in the page's language. */
function IntroReason({ reason }: { reason: IntroSuggestion['reason'] }) {
  return <p class="muted">{t(reason.kind === 'has' ? 'popupIntroReasonHas' : 'popupIntroReasonWants', reason.topic)}</p>;
}
