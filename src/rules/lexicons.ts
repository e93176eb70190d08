import { fold } from './normalize';
import type { Category } from './types';
import type { PhraseSource } from './matcher';

/**
 * One data file per language. Every category is matched in every language at once, so a
 * mixed-language message needs no language detection; a phrase two languages share ("calendly")
 * is listed once, in the first file that has it (en nl sv ro de fr es). The files are data the caller
 * installs (useLexicons in engine.ts): the CLI and extension pages import them (lexicon/default.ts), a
 * LinkedIn page gets them from the extension's storage, so the content script does not carry them. Phrases are folded like the text (case,
 * accents, quotes), so "ședință", "sedinta" and "şedinţă" are one entry; `*` at either end drops
 * the word boundary there ("*rabatt").
 *
 * - pitch: a self-offer on its own ("we help", "book a demo"); pitchOwn + pitchOffer within two
 *   words ("our new platform", or the offer sent: "anbei das Angebot", "I've attached the deck", offered:
 *   "shall I send over pricing", "ska jag skicka ett förslag", or pointed at: "brochure here:");
 *   pitchFree + pitchService ("a free audit"); pitchTerms: terms of an offer, which sell with no "I"
 *   or "we" ("packages from", "Sponsoringpaket", "première séance offerte"); pitchInvited: the
 *   contact asked for it ("since you asked"), which excuses the offer; pitchDiscussed ("as
 *   promised") excuses it once the contact has replied; pitchBump: a follow-up pointing back to the
 *   writer's unanswered message ("just bumping this", "mitt förra meddelande"), a pitch once they have sent one.
 * - closeness: claimed history or intimacy ("as we discussed", "buddy"); closenessRef + closenessEvent
 *   within two words, either order ("following | our call", "nach | unserem Telefonat", "our chat | last
 *   week"); closenessAs + closenessSaid within three ("as you | mentioned", "wie Sie ja | wissen");
 *   closenessAhead right after a claim puts the exchange in the future ("after our call | next week").
 * - signup: a sign-up on its own ("you're now subscribed"); signupAct + signupThing ("added you …
 *   newsletter"); signupYou + signupDone within ten words in a sentence that names a signupThing
 *   (the writer's act on the reader and its verb, wherever German or Dutch put it: "habe dich | in
 *   unseren Talentpool | aufgenommen", "te-am | inclus în grupul"); signupState + signupThing within
 *   five words: the reader's new state or what was set up for them ("vous recevrez | nos actualités",
 *   "je staat op | de gastenlijst", "I've set you up in | a trial workspace"); signupSent on its own:
 *   something already sent or set up for the reader (a calendar invite, a trial account, their details
 *   passed on). Both are kept apart from signup and signupAct because they often come with a pitch,
 *   which early-pitch then still reports (it gives a sentence with a signup or signupAct hit to the
 *   sign-up rule alone); signupAsk: a consent question, which excuses its sentence;
 *   signupAgreed: consent given before ("as agreed", "comme convenu"), which excuses its sentence once
 *   the contact has replied (to a stranger it is a claim of history, not consent).
 * - ask: a favour on its own ("refer me"); askPolite + askThing ("could you … introduce");
 *   give: the message offers something back, which excuses every ask; askRoute: a favour that only
 *   passes the message on ("mind forwarding this", "who handles…", "vem ansvarar"), beside which the
 *   writer's offer is still a pitch (a favour about the product, "test our app", makes it the ask rule's);
 *   giveAnyway + pitchOwn within three words, either order: something sent whatever the answer
 *   ("Oavsett svar skickar jag…", "je t'envoie de toute façon…"), a give.
 * - self + offerAct within three words, or selfOffer (a verb that carries its subject: "ayudamos",
 *   "hjälper vi"), then a target within eight (a beneficiary, benefit or offering: "teams",
 *   "reduce", "platform"): "we train sales teams", "Wir unterstützen Mittelständler".
 * - duration + meeting ("a 15-minute call"), meetingAsk ("kort bellen"), or show + how within two words
 *   (an offer to show or tell the reader how: "show you | what that looked like", "contarte | cómo"): a meeting request,
 *   a pitch beside a target or an offer; so is offerAsk, the offer put to the reader as a question
 *   ("Interesse?", "wär das was für euch?", "¿te lo muestro?"); booking (a Calendly link) is one on its own. Advice or a
 *   student's research anywhere in the message makes it an informational chat, not a pitch.
 * - recruit: a job (or a stage: a talk, a guest slot) offered to the reader, which is not selling to them.
 * - buyerAsk + buyerThing within six words: the writer asks the reader for the reader's offer ("could you
 *   send us | a quote", "kan vi få | en demo", "vă rugăm să ne transmiteți | o ofertă"): the reader sells.
 * - thanks: a sentence of thanks ("thanks for the intro") mentions a favour, it does not ask one.
 * - helped: the reader or their work helped the writer ("your post helped us", "me ayudó a", "hat uns
 *   sehr geholfen"); folded, "ayudó" (it helped) reads "ayudo" (I help), which only this tells apart.
 * - available: the writer offers their own time for work ("I'm available from March", "har lediga
 *   timmar i januari", "am locuri libere"): a pitch beside what they do or for whom (offerAct, target, an offer named).
 * - neutral: phrases that defuse the cues inside them ("product manager", "demo day").
 * - placeholder: not scanned for; the vocabulary that makes `[Name]` or `<FIRMA>` a template slot
 *   rather than an aside in brackets.
 */
export type LexiconFile = Partial<Record<Category | 'placeholder', string[]>>;

export type LexiconFiles = Readonly<Record<string, LexiconFile>>;

let lexicons: LexiconFiles | undefined;
let placeholderWords: ReadonlySet<string> | undefined;

/**
 * Installs the phrase lists every later call reads, and says whether they are others than before
 * (engine.ts's useLexicons then drops what it built from the old ones).
 */
export function installLexicons(files: LexiconFiles): boolean {
  if (files === lexicons) return false;
  lexicons = files;
  placeholderWords = undefined;
  return true;
}

export const lexiconsInstalled = (): boolean => lexicons !== undefined;

function installed(): LexiconFiles {
  if (!lexicons) throw new Error('The lexicons are not installed (useLexicons) yet.');
  return lexicons;
}

/** The categories the lexicons' matcher scans for; a file may also hold `placeholder`. */
export const scanned: readonly Category[] = [
  'pitch', 'pitchOwn', 'pitchOffer', 'pitchTerms', 'pitchInvited', 'pitchAdvert', 'pitchDiscussed', 'pitchFree', 'pitchService', 'pitchBump', 'closeness', 'closenessRef', 'closenessEvent',
  'closenessAs', 'closenessSaid', 'closenessAhead', 'signup', 'signupAct', 'signupThing', 'signupAsk', 'signupYou', 'signupDone', 'signupState', 'signupAgreed', 'signupSent',
  'ask', 'askPolite', 'askThing', 'askRoute', 'give', 'giveAnyway', 'giveSent', 'neutral',
  'self', 'offerAct', 'offerActFinal', 'selfOffer', 'target', 'meeting', 'duration', 'meetingAsk', 'show', 'how', 'offerAsk', 'booking', 'advice', 'recruit', 'buyerAsk', 'buyerThing', 'thanks', 'helped', 'available',
];

// German typed without an umlaut key spells ä ö ü as ae oe ue ("unterstuetzen", "koennten"), which
// folding cannot reach ("unterstützen" folds to "unterstutzen"), so German phrases are matched both
// ways; the second spelling is made here rather than listed, which keeps the German list half as long.
const digraph: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const UMLAUT = /[äöü]/giu;
const HAS_UMLAUT = /[äöü]/iu;

// A page builds its matcher from these lists cold, before anything is optimised: so no array per
// phrase (flatMap's), and a list without an umlaut, most of them, is read by one native test.
function withDigraphs(phrases: readonly string[]): readonly string[] {
  if (!HAS_UMLAUT.test(phrases.join('\n'))) return phrases;
  const out: string[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i] ?? '';
    out.push(p);
    if (HAS_UMLAUT.test(p)) out.push(p.replace(UMLAUT, (c) => digraph[c] ?? c));
  }
  return out;
}

export function lexiconSources(): PhraseSource[] {
  const files = Object.entries(installed());
  return scanned.map((category) => ({
    category,
    phrases: ([] as string[]).concat(...files.map(([lang, file]) => (lang === 'de' ? withDigraphs(file[category] ?? []) : file[category] ?? []))),
  }));
}

export function isPlaceholderWord(folded: string): boolean {
  placeholderWords ??= new Set(Object.values(installed()).flatMap((file) => (file.placeholder ?? []).map(fold)));
  return placeholderWords.has(folded);
}
