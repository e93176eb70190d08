/**
 * Every hook Rapport reads on linkedin.com, graded as in ../../shared/linkedin-dom.md.
 *
 * Grade A hooks (roles, aria, form structure, hrefs, data-event-urn, data-testid, componentkey)
 * decide every result. Classic Ember classes (grade B) are only fast paths: each one has a
 * structural fallback that gives the same answer when LinkedIn hashes its class names.
 */

/** The draft on every messaging surface; the new message label uses U+2026, and is localized. */
export const EDITOR = '[contenteditable="true"][role="textbox"], [contenteditable="plaintext-only"][role="textbox"]';
export const INVITE_NOTE = 'textarea[name="message"], textarea#custom-message';
export const EDITOR_CANDIDATES = `${EDITOR}, ${INVITE_NOTE}`;

export const FORM = 'form';
export const SUBMIT = 'button[type="submit"]';
export const BUTTON = 'button';
export const SUBJECT = 'input[name="subject"]';
export const DIALOG = '[role="dialog"], dialog';
export const HEADER = 'header';
export const HEADING = 'h2';
export const PROFILE_LINK = 'a[href*="/in/"]';
export const EVENT = '[data-event-urn]';
/** One message row of the list; sender meta, day heading and a11y heading sit in the row of a run's first message. */
export const ROW = 'li';
/** Message bodies are paragraphs; a link's text is never a body. */
export const PARAGRAPH = 'p';
export const LINK = 'a';
export const PHOTO = 'img[alt]';
export const A11Y_TEXT = 'span';
export const TIME = 'time';
export const TITLED = '[title]';
/** The new-message recipient typeahead. */
export const RECIPIENT_INPUT = 'input[role="combobox"]';
export const SEND_INVITATION = 'button[aria-label="Send invitation"]';
/**
 * The invite dialog (linkedin-dom.md §4): the classic modal's class and its heading's id. Its first step ("Add a note to your
 * invitation?") has no note box yet, and its primary action is "Send without a note", whatever
 * language the UI speaks.
 */
export const INVITE_DIALOG = '.send-invite';
export const INVITE_HEADING = '#send-invite-modal';
export const DIALOG_PRIMARY = '.artdeco-button--primary';
/** A Premium upsell that took over the dialog: its primary action buys, it sends nothing. */
export const UPSELL_LINK = 'a[href*="/premium/"]';
/** The profile owner's Connect link; a sidebar "People also viewed" Connect carries another vanityName. */
export const CUSTOM_INVITE_LINK = 'a[href*="/preload/custom-invite/"]';
export const SIDEBAR = 'aside';
/**
 * The 2026 profile's top card: `componentkey="com.linkedin.sdui.profile.card.ref<ACoAA member id>Topcard"`
 * (on a wrapper and its section). The member id in it is the one messaging links use.
 */
export const TOPCARD = '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]';
export const TOPCARD_KEY = /^com\.linkedin\.sdui\.profile\.card\.ref(ACoAA[\w-]{1,95})Topcard$/u;
/** The profile's Message link: `/messaging/compose/?profileUrn=urn:li:fsd_profile:ACoAA…&recipient=ACoAA…`. */
export const COMPOSE_LINK = 'a[href*="/messaging/compose/"]';
/** Comment boxes live in feed updates; a form with a submit button is not enough to tell them apart. */
export const FEED_UPDATE = '[componentkey^="update-card"], [data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]';
export const SELF_PHOTO = '[data-testid="primary-nav"] img[alt], #global-nav img[alt]';
/**
 * Hosts whose open shadow root LinkedIn attaches after the host is in the page: attachShadow fires no
 * mutation, so these are polled.
 */
export const SHADOW_HOSTS = '#interop-outlet, #interop-outlet-main, [data-testid="interop-shadowdom"], #msg-overlay, #artdeco-modal-outlet';
/** Pages whose main pane is a conversation: the messaging app, top-level or in the interop frame. */
export const MESSAGING_PATHS = ['/messaging/', '/preload/'];
export const LEAF_TEXT = 'span, p, div';
export const PROFILE_MAIN = 'main *';
export const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'PRE']);

/** Grade B fast paths. */
export const fast = {
  bubble: '.msg-overlay-conversation-bubble',
  minimizedBubble: '.msg-overlay-conversation-bubble--is-minimized, [data-msg-overlay-conversation-bubble-is-minimized="true"]',
  messageItem: '.msg-s-event-listitem',
  messageBody: '.msg-s-event-listitem__body',
  otherMessageClass: 'msg-s-event-listitem--other',
  sendingIndicator: '.msg-s-event-with-indicator__sending-indicator',
  senderName: '.msg-s-message-group__name',
  threadTitle: '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
  degree: '.artdeco-entity-lockup__degree',
  recipientPill: '.msg-connections-typeahead__top-fixed-section .artdeco-pill__text, .msg-connections-typeahead__recipient',
  inmailBanner: '.msg-inmail-credits-display',
  inviteSend: '.artdeco-modal__actionbar .artdeco-button--primary',
} as const;

/** Localized label texts, matched only where no structural hook exists. */
export const labels = {
  /** header link title "Open Lena’s profile" */
  openProfile: { prefixes: ['Open '], suffixes: ['’s profile', "'s profile"] },
  /** a11y heading "Lena Fischer sent the following messages at 10:02 AM" (en, es, fr) */
  groupHeading: [' sent the following message', ' ha enviado los siguientes mensaje', ' ha enviado el siguiente mensaje', ' a envoyé le message suivant', ' a envoyé les messages suivants'],
  /** sender link a11y text "View Lena’s profile" */
  viewProfile: { prefixes: ['View ', 'Ver el perfil de '], suffixes: ['’s profile', "'s profile", ''] },
  photoOf: ['Photo of '],
  /** header photo alt "Lena Fischer Profile" */
  photoAltSuffix: ' Profile',
  titleSuffix: ' | LinkedIn',
  titleSeparator: ' - ',
  /** "· 1st", "1st degree connection", es "· 1er", "Contacto de 1er grado" */
  degree: [/^·?\s?([123])(?:st|nd|rd|er|º|e)\+?$/u, /^([123])(?:st|nd|rd)\+? degree connection$/u, /^contacto de ([123])(?:er|º|o) grado$/iu],
  /**
   * The invite dialog's "Send without a note", as an aria-label or text, lower-cased and without
   * accents ("Trimiteți fără notă"), in the seven UI languages: for a dialog whose structure is not recognised (a redesign without the classic
   * classes). English is grade A (linkedin-dom.md §4); the others follow each UI's word for "note"
   * and are kept by the structural match when they drift.
   */
  sendWithoutNote: [
    'send without a note', 'verzenden zonder notitie', 'skicka utan anteckning', 'trimiteti fara nota',
    'ohne notiz senden', 'envoyer sans note', 'enviar sin nota',
  ],
} as const;
