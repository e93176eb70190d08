import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/client';
import type { KeepInTouchItem } from '../shared/protocol';
import { formatDate, t } from '../ui/i18n';
import { ContactButton } from './ContactButton';

/** Who is due on their cadence, longest overdue first, each with a give to start with. */
export function KeepInTouch({ onOpen }: { onOpen: (id: string) => void }) {
  const [state, setState] = useState<{ due: KeepInTouchItem[]; scheduled: number } | null>(null);

  useEffect(() => {
    void send<'contacts.keepInTouch'>({ type: 'contacts.keepInTouch' }).then((res) => setState(res.ok ? res.data : { due: [], scheduled: 0 }));
  }, []);

  // Nobody on a cadence: the section would only be noise; the contact card is where one is set.
  if (state === null || state.scheduled === 0) return null;
  return (
    <section class="panel" aria-labelledby="keep-title">
      <h2 id="keep-title">{t('popupKeepTitle')}</h2>
      {state.due.length === 0 ? (
        <p class="muted">{t('popupKeepNone')}</p>
      ) : (
        <ul class="contact-list keep-list">
          {state.due.map((item) => (
            <li key={item.contact.id}>
              <ContactButton contact={item.contact} onOpen={onOpen}>
                <span class="keep-suggestion">{item.want ? t('popupKeepShare', item.want) : t('popupKeepGive')}</span>
                <span class="muted">
                  {item.last ? t('popupKeepLast', formatDate(item.last.at), item.last.snippet || t(`popupKind_${item.last.kind}`)) : t('popupKeepNever')}
                </span>
              </ContactButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
