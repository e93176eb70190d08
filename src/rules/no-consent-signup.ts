import { firstAtOrAfter } from './matcher';
import type { Category, Cue, Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'no-consent-signup',
  defaultSeverity: 'warning',
  thresholds: [],
  phrases: true,
};

export const phraseCategory: Category = 'signup';

// What ends a sentence in folded text (matcher.ts's breaks: ? ! a newline, a full stop before a space or the end).
const SENTENCE_END = /[?!\n]|\.(?: |$)/u;
// Further back than this, a consent question is taken to be in another sentence (bounds the look per act).
const MAX_SENTENCE = 400;
// A consent question after the act closes its sentence when at most this many words follow it ("…if you want, of course").
const CLOSING_WORDS = 3;
const WORD = /[^\p{L}\p{N}]+/u;
// The parts of a sign-up, one of which the model's sentence must hold.
const MODEL_CUES: readonly Category[] = ['signupThing', 'signupAct', 'signupYou', 'signupDone', 'signupState'];

/**
 * Saying the contact was added, subscribed or registered ("I've added you to our newsletter",
 * "you'll now receive…", "unsubscribe anytime") while consent is not recorded. Asking first
 * ("Shall I add you to the list?") is exactly what the seeds recommend, so a sign-up inside a
 * question or next to a consent question does not count. The act composes: the writer's act on the
 * reader and its verb, wherever the language puts the verb ("ich habe Sie für unser Webinar …
 * angemeldet", "te-am inclus în grupul nostru"), in a sentence that names a list, group or event.
 */
export function check({ folded, ctx, cues, learned }: RuleInput): Evidence[] {
  if (ctx.consentToMailing === true) return [];
  const claims = [
    ...cues.hits('signup'),
    ...cues.hits('signupSent'),
    ...cues.pairs('signupAct', 'signupThing', { maxGapWords: 5 }),
    ...cues.pairs('signupState', 'signupThing', { maxGapWords: 5 }),
    // The act and its verb alone also fit "I added you as a contact": the sentence must name what they were put on.
    ...cues.pairs('signupYou', 'signupDone', { maxGapWords: 10 }).filter((cue) => cues.sentenceHas(cue, 'signupThing')),
  ];
  // "As agreed, I've sent you the invite" is consent on record only if the contact has ever written back.
  const agreed = (cue: Cue): boolean => ctx.received > 0 && cues.sentenceHas(cue, 'signupAgreed');
  // A consent question asks before the act ("if you'd like, I'll add you to the list") or closes its
  // sentence ("I can add you to the list if you want."). One that goes on to offer something else
  // ("I've added you to our newsletter, and if you want, I'll show you our app") asks about that.
  const consent = cues.hits('signupAsk');
  const asksFirst = (cue: Cue): boolean => {
    // The nearest question starting before the act's end; an earlier one is in its sentence only if this one is.
    const a = consent[firstAtOrAfter(consent, cue.ne) - 1];
    return a !== undefined && cue.ns - a.ne <= MAX_SENTENCE && !SENTENCE_END.test(folded.slice(a.ne, cue.ns));
  };
  const closesSentence = (cue: Cue): boolean => {
    const a = consent[firstAtOrAfter(consent, cue.ne)];
    if (a === undefined || a.ns - cue.ne > MAX_SENTENCE || SENTENCE_END.test(folded.slice(cue.ne, a.ns))) return false;
    const rest = folded.slice(a.ne, a.ne + MAX_SENTENCE);
    const end = rest.search(SENTENCE_END);
    return (end < 0 ? rest : rest.slice(0, end)).split(WORD).filter((w) => w.length > 0).length <= CLOSING_WORDS;
  };
  const found = claims.filter((cue) => !cues.inQuestion(cue) && !asksFirst(cue) && !closesSentence(cue) && !agreed(cue));
  if (found.length > 0 || claims.length > 0) return found;
  const model = learned('no-consent-signup');
  // The sentence the model picks must hold some part of a sign-up the cues know ("sign up here" enrols nobody).
  return model && !cues.inQuestion(model) && !cues.sentenceHas(model, 'signupAsk') && MODEL_CUES.some((c) => cues.sentenceHas(model, c)) ? [model] : [];
}
