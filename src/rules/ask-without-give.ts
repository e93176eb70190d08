import type { Category, Cue, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'ask-without-give',
  defaultSeverity: 'warning',
  thresholds: [{ key: 'givesNeeded', min: 0, max: 20, default: 1, step: 1 }],
  phrases: true,
};

export const phraseCategory: Category = 'ask';

// The parts of a request, one of which the model's sentence must hold.
const MODEL_CUES: readonly Category[] = ['askPolite', 'askThing'];

// What makes a sentence part of a request: then what it hands over is what the favour is about.
const REQUEST: readonly Category[] = ['ask', 'askPolite', 'askThing'];

// What makes "free" in a question the writer's offer rather than the reader's work: a meeting, a service or an offer named.
const OFFERED: readonly Category[] = ['meeting', 'duration', 'meetingAsk', 'offerAsk', 'pitchService', 'pitchOffer', 'pitchOwn'];
// How far the request may be from "for free": "Ai putea să ne faci | gratuit", "would you be able to do a quick logo concept | for free".
const FREE_WORDS = 8;

/**
 * The reader's work asked for free ("Vous pourriez nous faire ça gratuitement ?", "¿Me la podrías montar
 * gratis?"): a request and "free" in one question, with nothing of the writer's offered there or in a
 * pitch phrase anywhere ("would you like a free audit?", "magst du es 14 Tage gratis testen?" are offers, the pitch rule's).
 */
function freeWork(cues: RuleInput['cues']): Cue[] {
  // In a message that pitches ("Wij verzorgen…", "gratis testen"), the free thing is the writer's offer.
  if (cues.has('pitch')) return [];
  return cues.pairs('askPolite', 'pitchFree', { maxGapWords: FREE_WORDS }).filter((c) => cues.inQuestion(c) && !OFFERED.some((o) => cues.sentenceHas(c, o)));
}

/**
 * Whether the message hands the reader something ("te adjunto la traducción", "hierbij de verklaring
 * die je nodig had", "ți-am atașat raportul") in a sentence of its own before the favour starts: that
 * gives first, so a small ask after it is fair. What is sent in or after the favour's sentence ("Îți
 * trimit CV-ul", "Ik voeg het hierbij") is its material, and the writer's own offer sent gives nothing.
 */
function handsOverBefore(cues: RuleInput['cues'], at: number): boolean {
  return cues.hits('giveSent').some((h) => h.ne <= at && !REQUEST.some((c) => cues.sentenceHas(h, c)) && !cues.sentenceHas(h, 'pitchOffer'));
}

/**
 * A favour (intro, referral, recommendation, endorsement, feedback, a job, sharing a post) asked of
 * someone the ledger shows nothing given to. Givers gain: an offer in the message itself ("happy
 * to return the favour", "let me know how I can help") counts as giving first. Thanking someone
 * for a favour ("thanks for the intro") is not asking for one.
 */
export function check({ ctx, thresholds, cues, learned }: RuleInput): Evidence[] {
  if (ctx.gave >= (thresholds.givesNeeded ?? 1)) return [];
  if (cues.has('give')) return [];
  // So does something sent whatever the answer: "either way, I'll send you the audit", "die analyse
  // stuur ik je sowieso", "Oavsett svar skickar jag min genomgång" (pitchOwn holds the sending).
  if (cues.pairs('giveAnyway', 'pitchOwn', { maxGapWords: 3, eitherOrder: true }).length > 0) return [];
  const asks = [...cues.hits('ask'), ...cues.pairs('askPolite', 'askThing', { maxGapWords: 8 }), ...freeWork(cues)];
  const found = asks.filter((cue) => !cues.sentenceHas(cue, 'thanks'));
  if (asks.length > 0) return handsOverBefore(cues, Math.min(...asks.map((a) => a.ns))) ? [] : found;
  // The sentence the model picks must hold part of a request ("could you…", "a review"): a question
  // about the reader's work ("what are you working on?") asks them no favour.
  const model = learned('ask-without-give');
  return model && !cues.sentenceHas(model, 'thanks') && MODEL_CUES.some((c) => cues.sentenceHas(model, c)) && !handsOverBefore(cues, model.ns) ? [model] : [];
}
