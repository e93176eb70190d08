import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: ComponentChildren;
  hint: ComponentChildren;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/**
 * A titled file input for the import panels. It clears itself after each pick, so choosing the
 * same file again (after fixing it, say) still starts another import.
 */
export function FilePicker({ id, title, hint, accept, disabled = false, onFile }: Props) {
  return (
    <>
      <h3>
        <label for={id}>{title}</label>
      </h3>
      <p class="muted" id={`${id}-hint`}>{hint}</p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
