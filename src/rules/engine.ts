import { rules } from './catalog';
import { installLexicons, isPlaceholderWord, lexiconSources, lexiconsInstalled, type LexiconFiles } from './lexicons';
import { Matcher, type PhraseSource } from './matcher';
import { learnedRules, type Model, type Scored } from './model/model';
import { normalize, type Normalized } from './normalize';
import { matcherFromBytes, matcherToBytes } from './tables';
import { defaultSettings, type Settings } from './settings';
import { fill, ruleText } from './texts';
import type { Context, Cue, Evidence, Finding, LearnedRuleId, Span } from './types';

// A pasted novel must not flood the UI; a real draft never comes near this.
const MAX_FINDINGS_PER_RULE = 50;
const MAX_CACHED_MATCHERS = 8;

let byIdentity = new WeakMap<Settings, Matcher>();
const byPhrases = new Map<string, Matcher>();
let defaults: Settings | undefined;

let model: Model | null = null;

/**
 * Installs the learned layer (or removes it with null). The weights are data the caller loads: the
 * CLI imports them, a page gets them from the extension's storage, so the content script does
 * not carry them.
 */
export function useModel(next: Model | null): void {
  model = next;
}

const onlySpaceCode = (c: number): boolean => c === 32 || c === 10;

/**
 * The logit a message needs when the cues found half of what a rule needs (early-pitch's "half
 * pitch"): a little under even odds. With writer-an's 350 lines (half of them clean, short and
 * first-person) the model's logits moved down, and at 0 the half pitches out of fold fell from 45
 * right (8 wrong) to 26 (7); at -0.5 they are 55 right and 16 wrong, at -1 81 and 28.
 */
const HALF_BAR = -0.5;

/**
 * A lazily scored model verdict per rule: only a rule whose cues found nothing asks for it. At even
 * odds (a rule whose cues found half of what they need) the message must only lean the rule's way
 * (HALF_BAR).
 */
function learnedOf(norm: Normalized): (rule: LearnedRuleId, atEvenOdds?: boolean) => Cue | null {
  let scores: Scored[] | undefined;
  return (rule, atEvenOdds = false) => {
    // A rule the model leaves off never fires: no text is scored for it.
    if (!model?.mayFire(rule)) return null;
    scores ??= model.score(norm.text);
    const s = scores[learnedRules.indexOf(rule)];
    const bar = atEvenOdds ? Math.min(HALF_BAR, s?.threshold ?? 0) : s?.threshold;
    // The message must score over the bar, and so must the sentence shown as the reason.
    if (!s || bar === undefined || !(s.logit >= bar) || !(s.sentence >= bar)) return null;
    let ns = s.ns;
    let ne = s.ne;
    while (ns < ne && onlySpaceCode(norm.text.charCodeAt(ns))) ns++;
    while (ne > ns && onlySpaceCode(norm.text.charCodeAt(ne - 1))) ne--;
    if (ne <= ns) return null;
    return { ns, ne, start: norm.starts[ns] ?? 0, end: norm.ends[ne - 1] ?? 0 };
  };
}

let lexiconMatcher: Matcher | undefined;
let lexiconBuild: Generator<void, Matcher> | undefined;

/**
 * Installs the phrase lists (lexicon/default.ts, or what a page read from the extension's storage)
 * and drops every matcher built from earlier ones; the same files again change nothing. Nothing is
 * scanned before this.
 */
export function useLexicons(files: LexiconFiles): void {
  if (!installLexicons(files)) return;
  lexiconMatcher = undefined;
  lexiconBuild = undefined;
  byPhrases.clear();
  byIdentity = new WeakMap();
}

/**
 * Advances the build of the lexicons' matcher by one step (one phrase category, or a part of the
 * automaton at the end: a few milliseconds each) and says whether it is ready. A caller on a page's main
 * thread calls it once per task until it returns true; analyze() then never builds anything.
 */
export function prepareStep(): boolean {
  if (lexiconMatcher) return true;
  if (!lexiconsInstalled()) return false;
  lexiconBuild ??= Matcher.build(lexiconSources());
  const step = lexiconBuild.next();
  if (step.done) lexiconMatcher = step.value;
  return lexiconMatcher !== undefined;
}

/** The lexicons' matcher, finishing its build at once if prepareStep() has not. */
function lexicons(): Matcher {
  // lexiconSources() throws while no lists are installed, where the loop below would spin.
  if (!lexiconMatcher) lexiconBuild ??= Matcher.build(lexiconSources());
  while (!lexiconMatcher) prepareStep();
  return lexiconMatcher;
}

/** The lexicons' matcher as bytes (tables.ts), for a build step to write once. */
export function lexiconTables(): Uint8Array {
  return matcherToBytes(lexicons(), lexiconSources());
}

/**
 * Installs the lexicons' matcher from bytes lexiconTables() wrote, so this process builds none
 * (the CLI: tens of milliseconds of a run). False, and nothing changed, when they were written
 * for other lexicons or are not tables at all.
 */
export function useLexiconTables(bytes: Uint8Array): boolean {
  const read = matcherFromBytes(bytes, lexiconSources());
  if (read) lexiconMatcher = read;
  return read !== null;
}

/**
 * The matcher for these settings: the automaton over every lexicon, built once per page (the
 * costly part, tens of milliseconds cold), plus a small one for the user's own phrases and
 * allowlist, rebuilt only when those change. Typing only ever scans.
 */
export function matcherFor(settings: Settings): Matcher {
  const known = byIdentity.get(settings);
  if (known) return known;
  const extra: PhraseSource[] = [{ category: 'allow', phrases: settings.allowlist }];
  for (const rule of rules) {
    if (rule.phraseCategory) extra.push({ category: rule.phraseCategory, phrases: settings.rules[rule.meta.id].extraPhrases });
  }
  const key = JSON.stringify(extra);
  let matcher = byPhrases.get(key);
  if (!matcher) {
    matcher = lexicons().extend(extra);
    if (byPhrases.size >= MAX_CACHED_MATCHERS) byPhrases.delete(byPhrases.keys().next().value ?? '');
    byPhrases.set(key, matcher);
  }
  byIdentity.set(settings, matcher);
  return matcher;
}

const onlySpace = /^\s*$/u;

/**
 * Overlapping evidence of one rule, or evidence only whitespace apart ("Vă prezentăm" +
 * "soluția noastră"), becomes one finding: one highlight per problem.
 */
function merge(evidence: Evidence[], text: string): Evidence[] {
  const sorted = evidence.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && (e.start <= last.end || onlySpace.test(text.slice(last.end, e.start)))) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

function insideAny(span: Span, allowed: readonly Span[]): boolean {
  return allowed.some((a) => a.start <= span.start && span.end <= a.end);
}

/** Pure, synchronous and deterministic; findings are sorted by position, then by rule. */
export function analyze(text: string, ctx: Context, settings?: Settings): Finding[] {
  const active = settings ?? (defaults ??= defaultSettings());
  const source = typeof text === 'string' ? text : '';
  const norm = normalize(source);
  const cues = matcherFor(active).scan(norm);
  const allowed = cues.hits('allow');
  const learned = learnedOf(norm);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const config = active.rules[rule.meta.id];
    if (!config.enabled) continue;
    const evidence = merge(rule.check({ text: source, folded: norm.text, ctx, thresholds: config.thresholds, cues, learned, isPlaceholderWord }), source)
      .filter((e) => !insideAny(e, allowed))
      .slice(0, MAX_FINDINGS_PER_RULE);
    for (const e of evidence) {
      const words = ruleText(active.locale, rule.meta.id, e.variant);
      findings.push({
        rule: rule.meta.id,
        severity: config.severity,
        start: e.start,
        end: e.end,
        message: fill(words.message, e.params),
        suggestion: fill(words.suggestion, e.params),
      });
    }
  }
  // The sort is stable and the findings were pushed rule by rule: findings that start and end together keep the rules' order.
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
