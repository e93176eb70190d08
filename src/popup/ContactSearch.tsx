import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../shared/client';
import { plural, t } from '../ui/i18n';
import { ContactButton } from './ContactButton';
import type { ContactSummary } from '../shared/protocol';

const LIMIT = 20;

/** Name, company, tags, wants and haves; results follow every keystroke. */
export function ContactSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ContactSummary[] | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setResults(null);
      return;
    }
    // Answers can arrive out of order; only the newest query may paint.
    const ticket = ++latest.current;
    void send<'contacts.search'>({ type: 'contacts.search', query: trimmed, limit: LIMIT }).then((res) => {
      if (ticket === latest.current) setResults(res.ok ? res.data.contacts : []);
    });
  }, [query]);

  return (
    <section class="panel search" role="search" aria-labelledby="search-title">
      <h2 id="search-title">
        <label for="search">{t('popupSearchLabel')}</label>
      </h2>
      <input
        id="search"
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p role="status" class="status">
        {results === null ? '' : results.length === 0 ? t('popupSearchNone') : plural('popupSearchCount', results.length)}
      </p>
      {results && results.length > 0 && (
        <ul class="contact-list search-results">
          {results.map((c) => (
            <li key={c.id}>
              <ContactButton contact={c} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
