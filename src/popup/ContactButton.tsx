import type { ComponentChildren } from 'preact';
import type { ContactSummary } from '../shared/protocol';

/** A contact in a list: one button, so the keyboard reaches it and Enter opens the card. */
export function ContactButton({ contact, onOpen, children }: { contact: ContactSummary; onOpen: (id: string) => void; children?: ComponentChildren }) {
  return (
    <button type="button" class="contact-button" data-contact-id={contact.id} onClick={() => onOpen(contact.id)}>
      <span class="contact-name" translate={false}>{contact.name || contact.id}</span>
      {contact.headline && <span class="contact-headline muted" translate={false}>{contact.headline}</span>}
      {children}
    </button>
  );
}
