import { isFirstContact } from './relationship';
import type { Evidence, RuleInput, RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'link-in-first-contact',
  defaultSeverity: 'info',
  thresholds: [],
  phrases: false,
};

// Tested on one whitespace-free run at a time, anchored, so each run costs its own length. A bare
// domain counts only with a common top-level domain and a path, so "Node.js/Deno" is no link.
const LINK = /^(?:https?:\/\/|www\.)\S|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|co|ai|app|dev|me|ly|gl|gle|gd|to|nl|se|ro|de|fr|es|eu|uk|be|at|ch|it|pt|pl|dk|no|fi|us|ca|info|biz|page|site|link|xyz|studio|tech|agency|online|store|shop|cc|tv|fm|gg)\//iu;
// A bare domain with no path ("acme.io", "herner-tafel.de") is a link too when typed the way a link
// is, in lower case, with a top-level domain that is no word of its own: "Booking.com" and "ASP.NET"
// name a company and a framework, "anna@acme.de" is an address, "report.pdf" a file. Starting only
// where no letter, digit, dot or hyphen is before it, each run is read from its start once.
const BARE = /(?<![\p{L}\p{N}@._/-])[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:com|org|net|io|ai|app|dev|nl|se|ro|de|fr|es|eu|uk|ch|pt|pl|dk|fi|info|biz|shop|store|online|studio|agency|tech)(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/gu;
const OPENERS = new Set([...'("\'[<']);
const CLOSERS = new Set([...').,;:!?\'"]>']);

const isBreak = (code: number): boolean => code <= 32 || code === 34 || code === 60 || code === 62 || code === 0xa0;

const WWW = /www\./giu;

function nextWww(text: string, from: number): number {
  WWW.lastIndex = from;
  return WWW.exec(text)?.index ?? -1;
}

/** Every link holds a slash or "www.", so only the runs around those are looked at. */
function candidateRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  // Each next position is searched again only once the scan has passed it: linear overall.
  // Stryker disable next-line StringLiteral: a run searched from 0 by mistake holds no slash nor www., so it is no link.
  let slash = text.indexOf('/');
  let www = nextWww(text, 0);
  while (slash >= 0 || www >= 0) {
    // Stryker disable next-line EqualityOperator: a run starting with its slash is never a link, so passing over a slash at 0 changes no finding.
    const hit = slash < 0 ? www : www < 0 ? slash : Math.min(slash, www);
    let start = hit;
    while (start > from && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = hit;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    runs.push([start, end]);
    from = end + 1;
    // Stryker disable all: searching again from a position not yet passed finds that same position; the guards only save the search.
    if (slash >= 0 && slash < from) slash = text.indexOf('/', from);
    if (www >= 0 && www < from) www = nextWww(text, from);
    // Stryker restore all
  }
  return runs;
}

/** Before any trust exists a link reads as a pitch or as spam; once they have replied it is fine. */
export function check({ text, ctx }: RuleInput): Evidence[] {
  if (!isFirstContact(ctx)) return [];
  const found: Evidence[] = [];
  for (const [runStart, runEnd] of candidateRuns(text)) {
    // A run holds its slash or "www.", which neither strip stops short of: neither needs a bound.
    let start = runStart;
    while (OPENERS.has(text.charAt(start))) start++;
    if (!LINK.test(text.slice(start, runEnd))) continue;
    let end = runEnd;
    while (CLOSERS.has(text.charAt(end - 1))) end--;
    found.push({ start, end });
  }
  // One with "www." was found above; one inside a run found above is merged with it by the engine.
  for (const bare of text.matchAll(BARE)) if (!bare[0].startsWith('www.')) found.push({ start: bare.index, end: bare.index + bare[0].length });
  return found;
}
