/**
 * The sizes every message is held to. In a module of their own so that the content script, which
 * clips what it sends to them, does not bundle the protocol's schemas.
 */
export const LIMITS = {
  name: 300,
  headline: 1000,
  url: 2000,
  text: 20_000,
  notes: 20_000,
  topic: 200,
  topics: 50,
  note: 2000,
  query: 200,
  phrase: 200,
  urn: 200,
  /** runtime.sendMessage carries at most 64 MiB in Chrome. */
  importJson: 64 * 1024 * 1024,
} as const;
