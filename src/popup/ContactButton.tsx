import type { ComponentChildren } from 'preact';
import type { ContactSummary } from '../shared/protocol';
import { displayName, neutralise } from '../ui/display-name';

/** A contact in a list: one button, so the keyboard reaches it and Enter opens the card. */
export function ContactButton({ contact, onOpen, children }: { contact: ContactSummary; onOpen: (id: string) => void; children?: ComponentChildren }) {
  return (
    <button type="button" class="contact-button" data-contact-id={contact.id} onClick={() => onOpen(contact.id)}>
      <bdi class="contact-name" translate={false}>{displayName(contact)}</bdi>
      {contact.headline && <bdi class="contact-headline muted" translate={false}>{neutralise(contact.headline)}</bdi>}
      {children}
    </button>
  );
}
