/**
 * Extension pages tell each other when they change a contact, so an open options page re-reads
 * the history it previews when the popup records consent. Same-origin pages (and the service
 * worker) share a BroadcastChannel; nothing leaves the extension.
 */
const CHANNEL = 'rapport-contact-changes';

export function announceContactChange(contactId: string): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ contactId });
  channel.close();
}

/** Calls `onChange` with the id of every contact another page changes; returns the unsubscribe. */
export function watchContactChanges(onChange: (contactId: string) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const id = (e.data as { contactId?: unknown } | null)?.contactId;
    if (typeof id === 'string') onChange(id);
  };
  return () => channel.close();
}
