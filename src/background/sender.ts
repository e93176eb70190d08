import type { SenderKind } from '../shared/protocol';

/** The parts of runtime.MessageSender (Chrome and Firefox) that decide whether to listen. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

export type CheckedSender =
  | { kind: Extract<SenderKind, 'extension-page'> }
  | { kind: Extract<SenderKind, 'content-script'>; tabId: number | null; frameId: number };

/**
 * scheme://host, spelled out: URL.origin is "null" for schemes the URL standard does not know
 * (chrome-extension:, moz-extension:) in some engines, Node included.
 */
export function originOf(url: string | undefined): string | null {
  // Stryker disable next-line ConditionalExpression: new URL('') throws too, and the catch gives the same null; the check spares the exception
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/**
 * Our own pages (chrome-extension://<id>/, or Firefox's moz-extension://<uuid>/), or our content
 * script in a document whose origin is exactly https://www.linkedin.com, in any frame (messaging
 * lives in same-origin /preload/ iframes). The reason for a rejection names the origin, never the
 * message.
 */
export function checkSender(sender: MessageSender, extensionId: string, extensionOrigin: string): CheckedSender | { rejected: string } {
  if (sender.id !== extensionId) return { rejected: 'sender is another extension or app' };
  const origin = originOf(sender.url);
  if (origin === extensionOrigin) return { kind: 'extension-page' };
  if (origin === LINKEDIN_ORIGIN && sender.tab) return { kind: 'content-script', tabId: sender.tab.id ?? null, frameId: sender.frameId ?? 0 };
  return { rejected: `sender document origin ${origin ?? '(none)'} is neither Rapport nor ${LINKEDIN_ORIGIN}` };
}
