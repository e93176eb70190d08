export type RuleId = 'early-pitch' | 'assumed-closeness' | 'no-consent-signup' | 'ask-without-give'
  | 'unfilled-placeholder' | 'invite-note-too-long' | 'link-in-first-contact' | 'copy-paste-blast' | 'boundary';
export type Surface = 'message' | 'invite-note' | 'inmail';
export type Severity = 'info' | 'warning' | 'error';
export type UiLocale = 'en' | 'nl' | 'sv' | 'ro' | 'de' | 'fr' | 'es';

export const uiLocales: readonly UiLocale[] = ['en', 'nl', 'sv', 'ro', 'de', 'fr', 'es'];
export const severities: readonly Severity[] = ['info', 'warning', 'error'];
export const surfaces: readonly Surface[] = ['message', 'invite-note', 'inmail'];

export interface Context {
  surface: Surface;
  connectedDaysAgo: number | null;
  sent: number;
  received: number;
  gave: number;
  asked: number;
  consentToMailing: boolean | null;
  recipientName: string | null;
  account: 'free' | 'premium';
  recentSent?: string[];
  /** The contact asked for no pitches, ever: early-pitch treats the relationship as young. */
  noPitches?: boolean;
  /** YYYY-MM-DD the contact is away until, given only while it has not passed. */
  awayUntil?: string | null;
  /** How the contact prefers to be reached instead of LinkedIn; null or absent: LinkedIn is fine. */
  otherChannel?: string | null;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion: string;
}

/** Lexicon categories: each language file lists phrases per category. */
export type Category =
  | 'pitch' | 'pitchOwn' | 'pitchOffer' | 'pitchTerms' | 'pitchInvited' | 'pitchAdvert' | 'pitchDiscussed' | 'pitchFree' | 'pitchService' | 'pitchBump'
  | 'closeness' | 'closenessRef' | 'closenessEvent' | 'closenessAs' | 'closenessSaid' | 'closenessAhead'
  | 'signup' | 'signupAct' | 'signupThing' | 'signupAsk' | 'signupYou' | 'signupDone' | 'signupState' | 'signupAgreed' | 'signupSent'
  | 'ask' | 'askPolite' | 'askThing' | 'askRoute' | 'give' | 'giveAnyway' | 'giveSent'
  | 'self' | 'offerAct' | 'offerActFinal' | 'selfOffer' | 'target' | 'meeting' | 'duration' | 'meetingAsk' | 'show' | 'how' | 'offerAsk' | 'booking' | 'advice' | 'recruit' | 'buyerAsk' | 'buyerThing' | 'thanks' | 'helped' | 'available'
  | 'placeholderLiteral' | 'neutral' | 'allow';

export interface ThresholdMeta { key: string; min: number; max: number; default: number; step: number }

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  thresholds: ThresholdMeta[];
  /** Whether users may add their own phrases for this rule (the options page shows a phrase list). */
  phrases: boolean;
}

/** UTF-16 offsets into the original text, end exclusive. */
export interface Span { start: number; end: number }

/** A lexicon hit: original offsets plus its offsets in the normalised text. */
export interface Cue extends Span { ns: number; ne: number }

export interface Evidence extends Span {
  params?: Record<string, number | string>;
  /** Which of the rule's texts explains this finding ("channel" reads `<rule>.channel`); absent: the rule's own. */
  variant?: string;
}

export interface PairOptions { maxGapWords: number; eitherOrder?: boolean }

export interface Cues {
  hits(category: Category): readonly Cue[];
  has(category: Category): boolean;
  /** `first` followed by `second` within one clause, at most maxGapWords words apart. */
  pairs(first: Category, second: Category, options: PairOptions): Cue[];
  /** `pairs` over cues already composed: each `a` with the `b` cues within reach, or inside it. */
  near(a: readonly Cue[], b: readonly Cue[], options: PairOptions): Cue[];
  /** Whether the sentence holding the cue ends in a question mark. */
  inQuestion(cue: Cue): boolean;
  /** Whether the sentence holding the cue also holds a hit of `category`. */
  sentenceHas(cue: Cue, category: Category): boolean;
}

export type LearnedRuleId = 'early-pitch' | 'assumed-closeness' | 'no-consent-signup' | 'ask-without-give';

export interface RuleInput {
  text: string;
  /** The folded text the cues were found in (lower case, no accents, collapsed whitespace). */
  folded: string;
  ctx: Context;
  thresholds: Readonly<Record<string, number>>;
  cues: Cues;
  /**
   * The learned layer's verdict for a relationship rule: the sentence that scored highest, when the
   * whole message scores over the rule's threshold; null otherwise or when no model is installed.
   */
  learned(rule: LearnedRuleId, atEvenOdds?: boolean): Cue | null;
  /** Whether a folded word names a template slot in any language ("naam", "firma"). */
  isPlaceholderWord(folded: string): boolean;
}

export interface Rule {
  meta: RuleMeta;
  /** The lexicon category a user's extra phrases for this rule join. */
  phraseCategory?: Category;
  check(input: RuleInput): Evidence[];
}
