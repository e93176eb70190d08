/** Every LinkedIn surface the adapters recognise, as a fixture and what the coach must say there (both browsers' suites). */

export const LENA = 'ACoAAAuf3mtPLZOinZw9cRaBYVCqnvwxlQ_GX2y';
export const JONAS = 'ACoAACLEuuOcDur3GsRDBrI_A7hLidQQ1Xfx29i';
export const AISHA = 'ACoAACuEKjjj834vEKfeEWrvEGa3rJUOzR7-JQJ';
export const MARCUS = 'ACoAABMvuSfoSEMNF97IDQKUh5-CRY4945j9Ilu';
export const DANA = 'ACoAAAF8HOMvEHc0clL8JHV4POWGD2kg4dZbjBg';
export const THREAD = '/messaging/thread/2-ZWQ3OWJiZDMtYmQyYy00YjdhLWJhYTQtYTliM2RjMDg1OTQ4XzAxMA==/';

export interface Case {
  fixture: string;
  path: string;
  covers: string;
  /** the editor to type into; nothing typed when the fixture's draft already says enough */
  editor?: string;
  type?: string;
  rule: string;
  surface: string;
  contact: string | null;
}

export const cases: Case[] = [
  { fixture: 'messaging-thread.html', path: THREAD, covers: 'full-page thread, a draft LinkedIn restored', rule: 'unfilled-placeholder', surface: 'message', contact: LENA },
  { fixture: 'preload-messaging.html', path: '/messaging/thread/2-YjlmOGMxMTYtMWM0YS00MzhjLTlmNTEtYzdjODc1MzAzYWQzXzAwMg==/', covers: 'group thread without a single recipient', editor: '[data-fixture="open-thread"] [role="textbox"]', type: 'Hi {first_name}, welcome!', rule: 'unfilled-placeholder', surface: 'message', contact: null },
  { fixture: 'new-message.html', path: '/messaging/thread/new/', covers: 'new message to the recipient in the pill', rule: 'unfilled-placeholder', surface: 'message', contact: JONAS },
  { fixture: 'overlay-bubbles.html', path: '/feed/', covers: 'chat bubble in the interop shadow root, beside another bubble and decoys', editor: '[data-fixture="aisha"] [role="textbox"]', type: 'Hi {first_name}, thank you!', rule: 'unfilled-placeholder', surface: 'message', contact: AISHA },
  { fixture: 'inmail.html', path: '/in/dana-whitfield/', covers: 'InMail, subject and body', editor: '[data-fixture="inmail-bubble"] [role="textbox"]', type: ' Could I book a demo call to show you our product?', rule: 'early-pitch', surface: 'inmail', contact: DANA },
  { fixture: 'invite-note.html', path: '/in/jane-doe/', covers: 'connection invite note', editor: 'textarea[name="message"]', type: ' Hi [Name]', rule: 'unfilled-placeholder', surface: 'invite-note', contact: 'jane-doe' },
];

