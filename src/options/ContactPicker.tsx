import { useState } from 'preact/hooks';
import type { ContactSummary } from '../shared/protocol';
import { displayName } from '../ui/display-name';
import { t } from '../ui/i18n';
import { useContactSearch } from '../ui/use-contact-search';

const LIMIT = 5;

/** Picks whose real history the preview borrows: days connected, messages, gives, asks, consent. */
export function ContactPicker({ onPick }: { onPick: (contact: ContactSummary) => void }) {
  const [query, setQuery] = useState('');
  const results = useContactSearch(query, LIMIT);

  return (
    <div class="field contact-picker">
      <label for="preview-contact">{t('optionsPreviewFromContact')}</label>
      <input
        id="preview-contact"
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t('optionsPreviewFromContactPlaceholder')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {results && (
        <ul class="picker-results" aria-label={t('optionsPreviewFromContact')}>
          {results.length === 0 && <li class="muted">{t('popupSearchNone')}</li>}
          {results.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="link"
                data-contact-id={c.id}
                onClick={() => {
                  setQuery('');
                  onPick(c);
                }}
              >
                <bdi translate={false}>{displayName(c)}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
