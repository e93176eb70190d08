/**
 * Saves a value a short while after the user stops typing, and at once when the page may be
 * going away: a popup is torn down the moment it loses focus, so waiting for the timer there
 * would lose the end of a sentence. `save` must start its write synchronously (runtime messages
 * are posted to the background before the call returns, so they survive the page).
 */
export interface Autosave<T> {
  update(value: T): void;
  flush(): void;
  dispose(): void;
}

export function autosave<T>(save: (value: T) => void, delayMs = 300, target: Window = window): Autosave<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    if (!pending) return;
    const { value } = pending;
    pending = null;
    save(value);
  };
  const onVisibility = (): void => {
    if (target.document.visibilityState === 'hidden') flush();
  };

  target.addEventListener('pagehide', flush);
  target.addEventListener('blur', flush);
  target.document.addEventListener('visibilitychange', onVisibility);

  return {
    update(value) {
      pending = { value };
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    dispose() {
      flush();
      target.removeEventListener('pagehide', flush);
      target.removeEventListener('blur', flush);
      target.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
