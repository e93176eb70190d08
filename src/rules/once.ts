/**
 * A value built on the first call and kept: for what a module would otherwise build at load,
 * such as valibot schemas, which the content script would pay for on every LinkedIn page before
 * its first use (or without ever using them).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
