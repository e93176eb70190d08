import { signal } from '@preact/signals';
import { plural, t } from '../ui/i18n';
import { useContactSearch } from '../ui/use-contact-search';
import { ContactButton } from './ContactButton';

const LIMIT = 20;

/** Outlives the list: back from a contact's card, the search is as the user left it. */
const query = signal('');

/** Name, company, tags, wants and haves; results follow every keystroke. */
export function ContactSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const results = useContactSearch(query.value, LIMIT);

  return (
    <section class="panel search" role="search" aria-labelledby="search-title">
      <h2 id="search-title">
        <label for="search">{t('popupSearchLabel')}</label>
      </h2>
      <input
        id="search"
        type="search"
        autoComplete="off"
        autoFocus
        value={query.value}
        placeholder={t('popupSearchPlaceholder')}
        onInput={(e) => {
          query.value = e.currentTarget.value;
        }}
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
