import type { Surface } from '../rules/types';

export type AdapterName = 'messaging-page' | 'chat-overlay' | 'invite-note' | 'inmail';

export interface Recipient {
  id: string;
  name: string;
  headline?: string;
  profileUrl?: string;
  degree?: 1 | 2 | 3 | null;
  /** Other ids the page shows for this person (a profile's member id beside its slug): the store joins them. */
  aliases?: string[];
}

export interface VisibleMessage { urn?: string; direction: 'in' | 'out' | 'unknown'; senderId?: string; at?: number; text: string }

export interface Composer {
  adapter: AdapterName;
  surface: Surface;
  /** thread pane, bubble or dialog that owns the editor */
  scope: Element;
  /** contenteditable [role=textbox] or textarea */
  editor: HTMLElement;
  /** plain text of the draft; InMail: subject + "\n" + body */
  readDraft(): string;
  recipient(): Recipient | null;
  /** visible thread, oldest first */
  history(): VisibleMessage[];
  /** invite note limit from textarea.maxLength, else null */
  maxLength(): number | null;
  /** where the warning panel host goes */
  panelSlot(): { parent: Element; before: Node | null } | null;
  sendButton(): HTMLElement | null;
  form(): HTMLFormElement | null;
  /** InMail only: the subject field, so draft offsets up to its length (plus the "\n") map to it */
  subject?: HTMLInputElement;
}

export interface SurfaceAdapter { name: AdapterName; describe(editor: HTMLElement): Composer | null }
