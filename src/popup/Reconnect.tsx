import { useEffect, useState } from 'preact/hooks';
import { early } from './early';
import { formatDate, t } from '../ui/i18n';
import { ContactButton } from './ContactButton';
import type { ContactSummary } from '../shared/protocol';

const SHOWN = 5;

/** Dormant weak ties with a real past exchange: the best surprises come from them, if you give first. */
export function Reconnect({ onOpen }: { onOpen: (id: string) => void }) {
  const [contacts, setContacts] = useState<ContactSummary[] | null>(null);

  useEffect(() => {
    void early('contacts.reconnect').then((res) => {
      setContacts(res.ok ? res.data.contacts.slice(0, SHOWN) : []);
    });
  }, []);

  return (
    <section class="panel" aria-labelledby="reconnect-title">
      <h2 id="reconnect-title">{t('popupReconnectTitle')}</h2>
      {contacts === null ? (
        <p class="muted">{t('uiLoading')}</p>
      ) : contacts.length === 0 ? (
        <p class="muted">{t('popupReconnectNone')}</p>
      ) : (
        <>
          <p class="muted">{t('popupReconnectHint')}</p>
          <ul class="contact-list reconnect-list">
            {contacts.map((c) => (
              <li key={c.id}>
                <ContactButton contact={c} onOpen={onOpen}>
                  {c.lastInteractionAt !== null && (
                    <span class="muted">{t('popupReconnectLast', formatDate(c.lastInteractionAt))}</span>
                  )}
                </ContactButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
