import { useState } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  /** Visible label of the field, also the accessible name of its input. */
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  id: string;
}

/** Tags typed one at a time: Enter or a comma adds, Backspace on an empty field removes the last. */
export function TagEditor({ label, tags, onChange, id }: Props) {
  const [draft, setDraft] = useState('');

  const add = (raw: string): void => {
    const tag = raw.trim().replace(/\s+/gu, ' ');
    setDraft('');
    if (!tag || tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return;
    onChange([...tags, tag]);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(draft);
    } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div class="tags">
      <label for={id}>{label}</label>
      <ul class="tag-list" aria-label={label}>
        {tags.map((tag) => (
          <li key={tag} class="tag">
            <span translate={false}>{tag}</span>
            <button
              type="button"
              class="tag-remove"
              aria-label={t('uiTagRemove', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={t('uiTagPlaceholder')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(draft)}
      />
    </div>
  );
}
