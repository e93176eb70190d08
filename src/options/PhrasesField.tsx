import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint: string;
  phrases: string[];
  onSave: (phrases: string[]) => void;
}

/** One phrase per line; saved when the field is left, so half-typed phrases never reach the engine. */
export function PhrasesField({ id, label, hint, phrases, onSave }: Props) {
  const joined = phrases.join('\n');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => {
          const next = [...new Set(text.split('\n').map((p) => p.trim()).filter(Boolean))];
          if (next.join('\n') !== joined) onSave(next);
        }}
      />
      <p id={`${id}-hint`} class="hint muted">{hint}</p>
    </div>
  );
}
