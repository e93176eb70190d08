import { acrossAside } from './aside';
import { firstAtOrAfter } from './matcher';
import { isYoung } from './relationship';
import type { Category, Cue, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'early-pitch',
  defaultSeverity: 'warning',
  thresholds: [
    { key: 'youngDays', min: 0, max: 365, default: 30, step: 1 },
    { key: 'repliesNeeded', min: 0, max: 20, default: 2, step: 1 },
  ],
  phrases: true,
};

export const phraseCategory: Category = 'pitch';

// How far after a sign-up its object may start: "signed you up for our {Thursday} webinar".
const SIGNUP_OBJECT_WORDS = 4;
// The sentence the model picks must hold some part of an offer the cues know.
const MODEL_CUES: readonly Category[] = ['self', 'selfOffer', 'offerAct', 'target', 'pitchOwn', 'pitchOffer', 'pitchTerms', 'pitchFree', 'pitchService', 'meeting', 'duration', 'meetingAsk', 'offerAsk'];
// How far a buyer's request may be from what it asks for: "könnten wir eine Demo bekommen und eure Preise".
const BUYER_WORDS = 6;
// How far (in folded characters) an offer may lie from the contact's request and still answer it: after it
// ("You asked about our rates. For a team of 12…") or before it ("Here's the case study you asked for").
const INVITED_BEFORE = 300;
const INVITED_AFTER = 250;
// The cues that put a sentence on the sign-up rule's side: the reader signed up, or their new state.
const SIGNUP_SENTENCE: readonly Category[] = ['signup', 'signupAct', 'signupState'];
// What a consent question asks to do to the reader: "¿Quieres que te apunte?", "want me to add you to it?"
const SIGNUP_OFFERED: readonly Category[] = ['signup', 'signupAct'];

/**
 * The cues of `list` that overlap none of `others`, in one sweep over both sorted by start (a
 * pasted novel has tens of thousands of each; pairwise checks would be quadratic).
 */
function apart(list: readonly Cue[], others: readonly Cue[]): Cue[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; the sweep keeps the same cues (sorted, and the engine sorts evidence anyway).
  if (others.length === 0) return [...list];
  const sorted = [...others].sort((a, b) => a.ns - b.ns);
  const out: Cue[] = [];
  let k = 0;
  let reach = -1; // the furthest end among `others` starting before the current cue's end
  for (const c of [...list].sort((a, b) => a.ns - b.ns)) {
    // Stryker disable next-line EqualityOperator,OptionalChaining,UnaryOperator: inside the bound sorted[k] exists; a step past it reads ns 0 and ne ∓1 (below any cue's end), which leave reach as it was and end the loop a step later.
    while (k < sorted.length && (sorted[k]?.ns ?? 0) < c.ne) reach = Math.max(reach, sorted[k++]?.ne ?? -1);
    if (!(reach > c.ns)) out.push(c);
  }
  return out;
}

/**
 * Whether a cue overlaps any of `others`: sorted by start once, with the furthest end of each prefix,
 * so each question is a binary search. Every phrase of a pasted novel asks it (a scan of `others`
 * per phrase was quadratic: 100,000 characters of sign-ups took 60 ms).
 */
function overlapsAny(others: readonly Cue[]): (cue: Cue) => boolean {
  const sorted = [...others].sort((a, b) => a.ns - b.ns);
  const reach: number[] = [];
  // Stryker disable next-line UnaryOperator: the first cue's end is past 0, so -1 or +1 before it gives the same maximum.
  for (const o of sorted) reach.push(Math.max(o.ne, reach[reach.length - 1] ?? -1));
  // The last of `others` starting before the cue ends reaches furthest among those that may overlap it.
  return (cue) => (reach[firstAtOrAfter(sorted, cue.ne) - 1] ?? -1) > cue.ns;
}

/**
 * Whether an offer answers one of the contact's requests (sorted by start): the nearest request before
 * it ends at most INVITED_BEFORE characters ahead of it, or the nearest after it starts at most
 * INVITED_AFTER characters past it. One binary search per offer, for a pasted novel full of both.
 */
function answers(invited: readonly Cue[], cue: Cue): boolean {
  const k = firstAtOrAfter(invited, cue.ns);
  const before = invited[k - 1];
  const after = invited[k];
  return (before !== undefined && cue.ns - before.ne <= INVITED_BEFORE) || (after !== undefined && after.ns - cue.ne <= INVITED_AFTER);
}

/**
 * A pitch is a self-offer, never a topic word alone ("your demo day talk" is not a pitch): a
 * phrase that is one ("we help…", "book a demo"), "our" next to an offer noun, a free audit, the
 * writer and an offer act aimed at a beneficiary or benefit ("we train sales teams…", "hjälper vi
 * e-handlare"), or a meeting asked of someone who barely knows the writer ("a 15-minute call", a
 * booking link), unless it is an informational chat. An offer the contact asked for answers a need, which is what the seeds tell you
 * to wait for; a job offered to the reader is not selling to them; a meeting to ask their advice
 * (or a student's research) is an informational chat.
 */
export function check({ folded, ctx, thresholds, cues, learned }: RuleInput): Evidence[] {
  // "No pitches, ever": the contact said so, and however old the relationship, that stands.
  if (ctx.noPitches !== true && !isYoung(ctx, thresholds.youngDays ?? 30, thresholds.repliesNeeded ?? 2)) return [];
  // "As discussed, here is our offer" answers a need only if the contact has written back at all.
  if (cues.has('recruit') || (ctx.received > 0 && cues.has('pitchDiscussed'))) return [];
  // A buyer asking for a quote, a demo or the reader's prices: the reader is the one selling.
  if (cues.pairs('buyerAsk', 'buyerThing', { maxGapWords: BUYER_WORDS }).length > 0) return [];
  const selfActs = [
    ...cues.pairs('self', 'offerAct', { maxGapWords: 3, eitherOrder: true }),
    // "we, a team that has spent ten years in logistics, help…"
    ...acrossAside(folded, cues.hits('self'), cues.hits('offerAct'), 3),
    ...cues.hits('selfOffer'),
  ];
  // Dutch and German put the verb last: "wij hebben … een slimme tool ontwikkeld".
  const verbFinal = cues.near(cues.hits('self'), cues.pairs('target', 'offerActFinal', { maxGapWords: 1 }), { maxGapWords: 6 });
  // A meeting asked for ("15 minutes", "kurz anrufen") is a pitch when the message also names what is
  // on offer or a business goal ("pipeline", "our platform"); without that it may be a chat about the reader's work.
  const withNoun = cues.pairs('duration', 'meeting', { maxGapWords: 6, eitherOrder: true });
  // So is the offer put to the reader as a question ("Interesse?", "wär das was für eure Buchhaltung?",
  // "¿Te lo muestro?", "zal ik het je laten zien?"): beside an offer named, it asks them to take it.
  // A length alone in the sentence of a favour ("5 minutes to test it and give me feedback") is how long
  // the favour takes, not a meeting; one beside an offer named is still a meeting to present it
  // ("si vous avez 15 min, je serais ravi de vous présenter notre solution").
  const lengths = apart(cues.hits('duration'), withNoun).filter((d) => !cues.sentenceHas(d, 'askThing') || cues.sentenceHas(d, 'pitchOffer'));
  // Offering to show or tell the reader how ("happy to show you what that looked like", "¿querés que
  // te muestre cómo?", "ich würde Ihnen gern zeigen, wie") asks for a meeting to present.
  const shows = cues.pairs('show', 'how', { maxGapWords: 2 });
  const meetings = [...withNoun, ...lengths, ...cues.hits('meetingAsk'), ...shows, ...cues.hits('offerAsk')];
  // "Our webinar" in the sentence that signs the reader up for it is the event itself, which is the
  // sign-up rule's (corpus-spec); "our new platform" shown at that webinar, or an offer named in any
  // other sentence, is still a pitch.
  let onSignupThing: ((cue: Cue) => boolean) | undefined;
  const signedUp = (cue: Cue): boolean => (SIGNUP_SENTENCE.some((category) => cues.sentenceHas(cue, category))
    || (cues.sentenceHas(cue, 'signupDone') && cues.sentenceHas(cue, 'signupThing')))
    && (onSignupThing ??= overlapsAny(cues.hits('signupThing')))(cue);
  const ownOffer = cues.pairs('pitchOwn', 'pitchOffer', { maxGapWords: 2, eitherOrder: true }).filter((cue) => !signedUp(cue));
  // "Our X" (ownOffer) pairs a pitchOffer hit, so has('pitchOffer') already counts it.
  const salesy = cues.has('target') || selfActs.length > 0 || cues.has('pitchOffer') || cues.has('pitchTerms');
  const informational = cues.has('advice');
  const gives = cues.hits('give');
  // A favour asked about one's own product ("vote for our app", "feedback on the app we launched")
  // is the ask rule's; only a plain pitch phrase is a pitch there too.
  const asks = cues.has('ask') || cues.pairs('askPolite', 'askThing', { maxGapWords: 8 }).length > 0;
  // A favour that only routes the message ("mind forwarding this to your boss?", "who handles
  // procurement?") carries the offer on to someone else instead of making it what the favour is about.
  const asksAbout = asks && !cues.has('askRoute');
  // Asking advice "ganz unverbindlich" or "sin compromiso" frees the reader of the ask; only in a
  // message that asks nothing of the kind does "no obligation" on its own offer something.
  const free = cues.hits('pitchFree');
  // In the sentence of a favour asked, a phrase that only names the writer's product ("vår app", "our new tool")
  // is what the favour is about ("kan du skriva en recension av vår app?"), which is the ask rule's.
  let onOffer: ((cue: Cue) => boolean) | undefined;
  let onAct: ((cue: Cue) => boolean) | undefined;
  // A phrase that only asks for a meeting ("open to a quick call") asks for an informational chat in a
  // message that asks advice ("…so I can hear how you built your book").
  let onMeeting: ((cue: Cue) => boolean) | undefined;
  const meetingOnly = (h: Cue): boolean => (onMeeting ??= overlapsAny([...cues.hits('meeting'), ...cues.hits('meetingAsk'), ...cues.hits('duration')]))(h)
    && !(onAct ??= overlapsAny([...cues.hits('offerAct'), ...cues.hits('selfOffer')]))(h) && !(onOffer ??= overlapsAny(cues.hits('pitchOffer')))(h);
  // "Sin compromiso", "vrijblijvend" on their own free the reader of nothing but what the message
  // offers: beside a give ("te lo mando, sin compromiso") there is no offer to be free of.
  const offersNothing = !(salesy || meetings.length > 0 || cues.has('pitchService'));
  const freedOf = (h: Cue): boolean => (informational || offersNothing) && free.some((f) => f.ns <= h.ns && h.ne <= f.ne);
  const pitchPhrases = cues.hits('pitch').filter((h) => !(freedOf(h) || (informational && meetingOnly(h)))
    && !((cues.sentenceHas(h, 'ask') || cues.sentenceHas(h, 'askThing'))
      && (onOffer ??= overlapsAny(cues.hits('pitchOffer')))(h)
      && !(onAct ??= overlapsAny([...cues.hits('offerAct'), ...cues.hits('selfOffer')]))(h)));
  // Terms of an offer say the writer sells without an "I" or "we": "packages from £1,500",
  // "première séance offerte", "franchise territories", "un dossier de sponsoring".
  const terms = cues.hits('pitchTerms');
  // A follow-up to a message left unanswered points back to what that message offered ("just bumping
  // this", "mitt förra meddelande", "ultimul meu mesaj"), once the writer has written before at all.
  // A bump that names nothing of the writer's ("bumping this. Any thoughts?") is clean: what it points
  // back to is not in the draft, and a nudge after silence keeps a conversation, it sells nothing.
  const restates = !offersNothing || cues.has('pitchOwn') || cues.has('pitch');
  const bumps = ctx.sent > 0 && !informational && restates ? cues.hits('pitchBump') : [];
  // The writer's own time offered for work ("als Interim-CFO bin ich ab April wieder frei und helfe
  // Start-ups…", "j'ai des disponibilités en janvier. Je peux traduire votre site") is their
  // availability with a benefit: beside what they do or for whom, or an offer named.
  const available = salesy && !informational ? cues.hits('available') : [];
  // "a free audit", "un diagnostic gratuit", "einen kostenlosen IT-Sicherheitscheck"
  const freeServices = cues.pairs('pitchFree', 'pitchService', { maxGapWords: 2, eitherOrder: true });
  const phrases = [
    ...pitchPhrases,
    ...terms,
    ...available,
    ...bumps,
    ...(asks ? [] : ownOffer),
    ...freeServices,
  ];
  // Composed cues fill what the phrases miss; where a phrase already says it, the phrase is the evidence.
  const composed = asksAbout ? [] : apart([
    ...cues.near(selfActs, cues.hits('target'), { maxGapWords: 8, eitherOrder: true }),
    ...verbFinal,
    ...(informational ? [] : [...cues.hits('booking'), ...(salesy ? meetings : [])]),
  ], phrases);
  // "We run a Sunday newsletter for founders — want me to add you?": the list offered with a consent
  // question is what the seeds recommend, not a pitch.
  // The same holds for the whole message once it asks that question: "Organizamos cada mes un desayuno
  // para responsables de compras. ¿Quieres que te añada a la lista?" describes the list it offers. A
  // meeting or a free service beside it is still an offer of the sender's own (corpus-spec).
  const consentAsked = cues.hits('signupAsk').some((h) => cues.inQuestion(h) && SIGNUP_OFFERED.some((category) => cues.sentenceHas(h, category)));
  let onMeetingOrService: ((cue: Cue) => boolean) | undefined;
  const evidence = [...phrases, ...composed].filter((cue) => !(cues.inQuestion(cue) && cues.sentenceHas(cue, 'signupAsk') && cues.sentenceHas(cue, 'signupThing'))
    && !(consentAsked && !(onMeetingOrService ??= overlapsAny([...meetings, ...cues.hits('meeting'), ...cues.hits('booking'), ...freeServices]))(cue)));
  // "if I can help you…" offers help. What a sign-up names ("registered you for our Thursday webinar",
  // "je ontvangt voortaan onze updates") is the sign-up rule's; a pitch elsewhere in the same
  // sentence ("…, and we help agencies win tenders") is still a pitch.
  const signups = [...cues.hits('signup'), ...cues.hits('signupAct')];
  // In the sentence that signs the reader up, or thanks them for joining or asking ("Thanks for joining
  // our Lagos list", "gracias por tu interés en nuestro servicio") or for their help ("Ihr Text hat
  // unserem Dienst sehr geholfen"), "our network" or "notre appli" names what they are on, asked about
  // or were helped by; the writer acting for a beneficiary there is still a pitch.
  let onOwn: ((cue: Cue) => boolean) | undefined;
  let onAction: ((cue: Cue) => boolean) | undefined;
  const named = (cue: Cue): boolean => (onOwn ??= overlapsAny(cues.hits('pitchOwn')))(cue)
    && (SIGNUP_SENTENCE.some((category) => cues.sentenceHas(cue, category)) || cues.sentenceHas(cue, 'thanks') || cues.sentenceHas(cue, 'helped'))
    && !(onAction ??= overlapsAny([...selfActs, ...meetings, ...terms, ...free, ...cues.hits('pitchService'), ...cues.hits('booking')]))(cue);
  // What overlaps the reader's help to the writer ("el artículo me ayudó a…") is thanks, not an offer.
  const found = apart(apart(evidence.filter((cue) => !named(cue)), [...gives, ...cues.hits('helped')]), [...signups, ...cues.near(signups, evidence, { maxGapWords: SIGNUP_OBJECT_WORDS })]);
  // What the contact asked for ("as you asked", "your question about…") excuses the offer that answers
  // it, a few sentences on; a new offer further down (a P.S. after the answer) is still a pitch. To
  // someone who has never written, a request put as a conversation ("as you asked on Tuesday", "zoals
  // u gisteren vroeg") is the closeness rule's claim of a history the record does not show, so it
  // excuses nothing; a formal reply ("further to your enquiry") or their public advert still does.
  let claimed: ((cue: Cue) => boolean) | undefined;
  const invited = [...cues.hits('pitchInvited'), ...cues.hits('pitchAdvert')].sort((a, b) => a.ns - b.ns)
    .filter((h) => ctx.received > 0 || !(claimed ??= overlapsAny([
      ...cues.hits('closeness'),
      ...cues.pairs('closenessAs', 'closenessSaid', { maxGapWords: 3 }),
      ...cues.pairs('closenessRef', 'closenessEvent', { maxGapWords: 2, eitherOrder: true }),
    ]))(h));
  if (invited.length > 0) return found.filter((c) => !answers(invited, c));
  if (found.length > 0) return found;
  // A favour asked about the writer's own thing ("an upvote for our launch", "a review of my app") is the
  // ask rule's: the product it names is what the favour is about, and the model reads products as pitches.
  if (asksAbout) return [];
  // What the cues miss, the learned layer may still catch; its evidence is the sentence that scored highest.
  const model = learned('early-pitch');
  if (model && MODEL_CUES.some((category) => cues.sentenceHas(model, category))) return [model];
  // Half a pitch ("we supply recycled cartons", "our app" beside an ask, a 20-minute call with no
  // offer named) is one when the model, on the whole message, leans that way at even odds: the
  // two halves each miss most of what the other catches, and together they are rarely wrong.
  const halves = apart(apart([
    ...selfActs,
    ...ownOffer,
    ...(informational || salesy ? [] : meetings),
  ], gives), signups);
  // A half beside a give ("Nous travaillons avec Transportes Ebro… je peux vous présenter leur directrice")
  // names whom the writer works with to hand the reader something.
  return halves.length > 0 && gives.length === 0 && learned('early-pitch', true) ? halves : [];
}
