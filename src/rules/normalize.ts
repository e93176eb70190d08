/**
 * Folds text to a plain-ASCII form for matching and keeps, for every folded unit, the range of
 * original UTF-16 units it came from. Folding: lower case, diacritics removed (NFKD + drop marks,
 * so ş/ș and ţ/ț both become s and t), ß→ss and friends, quote and dash variants unified,
 * whitespace runs collapsed to one space (or one newline when the run holds a line break).
 *
 * The output is ASCII on purpose: the automaton (automaton.ts) indexes its transitions by
 * character code and needs no grapheme segmentation. Letters and digits that have no ASCII fold
 * become WORD (so word boundaries stay Unicode-aware); other symbols become SYMBOL.
 */
export interface Normalized {
  text: string;
  /** starts[i]..ends[i] is the original range of folded unit i. */
  starts: Int32Array;
  ends: Int32Array;
}

export const WORD = '\u0001';
export const SYMBOL = '\u0002';
const WORD_CODE = 1;
const SYMBOL_CODE = 2;

const special: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l',
  ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ŋ: 'n', ĸ: 'k', ŀ: 'l', Ŀ: 'l',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2039': "'", '\u203A': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const SPACE = ' ';
const NEWLINE = '\n';
// Marks, format characters (zero-width joiners, soft hyphen, BOM) and variation selectors
// carry no meaning for matching; dropping them keeps "pre\u00ADsentation" one word.
const DROP = '';

const isMark = /^[\p{M}\p{Cf}]$/u;
const isWordChar = /^[\p{L}\p{N}]$/u;
const isSpace = /^\s$/u;
// Stryker disable next-line Regex: one of its regex mutants turns \v into \V, an invalid escape under the
// u flag: that regex literal is a SyntaxError at load, so no test of the mutation run could import this file.
const isLineBreak = /^[\n\v\f\r\u0085\u2028\u2029]$/u;

// Latin scripts, general punctuation and spaces fold through a flat table; the rest of Unicode is
// rare in these languages and goes through a bounded map.
const TABLE_SIZE = 0x2100;
const table: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
// The common case, an accented letter folding to one ASCII letter, as a code: 0 until known.
const single = new Uint8Array(TABLE_SIZE);
const cache = new Map<number, string>();
const CACHE_LIMIT = 4096;

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) {
    if (isLineBreak.test(ch)) return NEWLINE;
    if (isSpace.test(ch)) return SPACE;
    return ch.toLowerCase();
  }
  if (isMark.test(ch)) return DROP;
  if (isLineBreak.test(ch)) return NEWLINE;
  if (isSpace.test(ch)) return SPACE;
  if (isWordChar.test(ch)) return WORD;
  return SYMBOL;
}

function foldCodePoint(cp: number): string {
  const known = cp < TABLE_SIZE ? table[cp] : cache.get(cp);
  if (known !== undefined) return known;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    out = SYMBOL; // a lone surrogate: normalize() would not know what to do with it
  } else {
    const direct = special[ch];
    if (direct !== undefined) {
      out = direct;
    } else {
      out = '';
      for (const part of ch.normalize('NFKD')) {
        const mapped = special[part];
        out += mapped ?? foldChar(part);
      }
      if (out.length === 0 && !isMark.test(ch)) out = SYMBOL;
    }
  }
  if (cp < TABLE_SIZE) {
    table[cp] = out;
    const code = out.charCodeAt(0);
    if (out.length === 1 && code > 32 && code < 128) single[cp] = code;
  } else {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cp, out);
  }
  return out;
}

const asciiDecoder = new TextDecoder('latin1');

// The ASCII fold in one lookup: lower case, backtick as apostrophe, other control characters as
// symbols; 0 marks a space and 1 a line break.
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => {
  if (c === 10 || c === 11 || c === 12 || c === 13) return 1;
  if (c === 32 || c === 9) return 0;
  if (c < 32 || c === 127) return SYMBOL_CODE;
  if (c >= 65 && c <= 90) return c + 32;
  return c === 96 ? 39 : c;
});

interface Scratch { codes: Uint8Array; starts: Int32Array; ends: Int32Array }

const SMALL = 4096;
const scratch = (size: number): Scratch => ({ codes: new Uint8Array(size), starts: new Int32Array(size), ends: new Int32Array(size) });
// Allocating and zeroing three arrays per keystroke cost more than folding the text, so the
// buffers are reused; one stays with normalize(), another with fold(), so neither clobbers the other.
let offsetScratch = scratch(SMALL);
let foldScratch = scratch(SMALL);
let lastInput = '';
let last: Normalized | undefined;

/*
 * One text that takes every branch of foldWith: ASCII, spaces and line breaks (ASCII and not), an
 * accented letter (its first fold and the quick one after), an expansion (ß), a fold computed by
 * decomposition (ﬁ, ½: strings that are not internalised), marks after a letter and after a space,
 * a letter and a symbol with no ASCII fold, an astral character and a lone surrogate, and a pending
 * space at the end. V8 optimises foldWith after the first few drafts; a branch those never took
 * has no type feedback, and the first draft that takes it (an emoji, a non-breaking space) threw
 * the optimised code away: three deoptimisations and recompiles of the largest function among
 * the first calls. Folded a few times before the first draft (feedback is recorded only from a
 * function's first few calls on), every branch has its feedback and foldWith is compiled once.
 */
const EVERY_BRANCH = 'Ab 1\n\t\r\u000b\u00e9\u00e9\u00df\u00e9\u0301 \u0301\u00a0\u2028\u4e2d\u2603\ufb01\u00bd\ud83d\ude00\ud800x\u0085 ';
const WARM_UP_CALLS = 10;
let warmed = false;

function warmUp(): void {
  warmed = true;
  for (let k = 0; k < WARM_UP_CALLS; k++) foldWith(EVERY_BRANCH, foldScratch);
}

/**
 * The offset arrays returned are views of a buffer that the next normalize() call reuses: read
 * them before normalizing anything else (analyze() does).
 */
export function normalize(input: string): Normalized {
  if (!warmed) warmUp();
  // The same text twice in a row (the CLI's analyze() and findPromises() on one message) folds once:
  // nothing else writes the buffer those views read.
  if (input === lastInput && last) return last;
  const folded = foldWith(input, offsetScratch);
  // A pasted novel must not keep megabytes alive: its views keep their own buffer, and are not remembered.
  if (offsetScratch.codes.length > SMALL) {
    offsetScratch = scratch(SMALL);
    lastInput = '';
    last = undefined;
  } else {
    lastInput = input;
    last = folded;
  }
  return folded;
}

/** Kept out of foldWith so its hot locals are not captured by a closure (that would slow every write). */
function grow(buffers: Scratch, len: number, need: number): void {
  const cap = Math.max(buffers.codes.length * 2, len + need + 8);
  const codes = new Uint8Array(cap); codes.set(buffers.codes.subarray(0, len));
  const starts = new Int32Array(cap); starts.set(buffers.starts.subarray(0, len));
  const ends = new Int32Array(cap); ends.set(buffers.ends.subarray(0, len));
  buffers.codes = codes; buffers.starts = starts; buffers.ends = ends;
}

function foldWith(input: string, buffers: Scratch): Normalized {
  const n = input.length;
  // ASCII never folds longer than it was; only expansions like ß→ss need room, made in grow().
  let { codes, starts, ends } = buffers;
  let cap = codes.length;
  let len = 0;
  // Pending collapsed whitespace: 0 none, 32 space, 10 newline, with its original range.
  let pending = 0;
  let pendStart = 0;
  let pendEnd = 0;

  if (n + 8 > cap) {
    grow(buffers, 0, n + 8);
    ({ codes, starts, ends } = buffers);
    cap = codes.length;
  }

  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      const folded = ASCII[c] ?? 0;
      if (folded < 2) {
        const kind = folded === 0 ? 32 : 10;
        if (pending === 0) { pending = kind; pendStart = i; } else if (kind === 10) pending = 10;
        pendEnd = i + 1;
      } else {
        if (pending !== 0) {
          codes[len] = pending; starts[len] = pendStart; ends[len] = pendEnd; len++;
          pending = 0;
        }
        codes[len] = folded;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
      i++;
      continue;
    }
    const quick = c < TABLE_SIZE ? single[c] ?? 0 : 0;
    if (quick !== 0) {
      if (pending !== 0) {
        codes[len] = pending; starts[len] = pendStart; ends[len] = pendEnd; len++;
        pending = 0;
      }
      codes[len] = quick;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) { cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000; width = 2; }
    }
    const folded = foldCodePoint(cp);
    if (folded.length === 0) {
      // A dropped mark belongs to the character before it, so highlights cover the whole grapheme.
      if (len > 0 && pending === 0) ends[len - 1] = i + width;
    } else if (folded === SPACE || folded === NEWLINE) {
      const kind = folded === NEWLINE ? 10 : 32;
      if (pending === 0) { pending = kind; pendStart = i; } else if (kind === 10) pending = 10;
      pendEnd = i + width;
    } else {
      // Keep room for the whole rest of the input too, so the ASCII path never has to check.
      const room = folded.length + 1 + (n - i - width);
      if (len + room > cap) {
        grow(buffers, len, room);
        ({ codes, starts, ends } = buffers);
        cap = codes.length;
      }
      if (pending !== 0) {
        codes[len] = pending; starts[len] = pendStart; ends[len] = pendEnd; len++;
        pending = 0;
      }
      for (let k = 0; k < folded.length; k++) {
        const fc = folded.charCodeAt(k);
        codes[len] = fc === 32 || fc === 10 ? SYMBOL_CODE : fc;
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  if (pending !== 0) {
    if (len + 1 > cap) {
      grow(buffers, len, 1);
      ({ codes, starts, ends } = buffers);
    }
    codes[len] = pending; starts[len] = pendStart; ends[len] = pendEnd; len++;
  }
  return { text: asciiDecoder.decode(codes.subarray(0, len)), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === WORD_CODE;
}

// Printable ASCII words with one space between them, as most lexicon phrases are, fold to their
// lower case with ` as ': what foldWith makes of them, in two native calls. A page builds its
// matcher from thousands of phrases before anything is optimised, and foldWith cold cost most of it.
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

// Accented Latin ("ședință", "unterstützen") decomposes to plain ASCII and marks, and foldWith folds
// each such character to its decomposition's letters: so a phrase whose decomposition, marks
// dropped, is plain folds in three native calls too. A quarter of the lexicons' phrases are accented,
// and folding them in foldWith made the page's build compile foldWith. The exceptions, checked over
// every code point: the acute accent, a quote to foldWith, decomposes to a space and a mark; the two
// half-width sound marks decompose to a mark alone, which foldWith keeps as a symbol.
const MARKS = /[\p{M}\p{Cf}]/gu;
const NOT_BY_DECOMPOSITION = /[\u00B4\uFF9E\uFF9F]/;

const lowerCase = (plain: string): string => {
  const lower = plain.toLowerCase();
  return lower.includes('`') ? lower.replaceAll('`', "'") : lower;
};

// Decomposition maps each character on its own, and the reordering it also does moves only marks,
// which are dropped: so each non-ASCII character's decomposition without marks, kept, gives the
// phrase's. One call to String.normalize per phrase was a third of a page's cold build (ICU's
// set-up each time), and a lexicon has a few dozen distinct accented letters.
const NOT_ASCII = /[^\0-\x7f]/gu;
const bareChars = new Map<string, string>();

function bareChar(ch: string): string {
  let bare = bareChars.get(ch);
  if (bare === undefined) {
    bare = ch.normalize('NFKD').replace(MARKS, '');
    if (bareChars.size >= CACHE_LIMIT) bareChars.clear();
    bareChars.set(ch, bare);
  }
  return bare;
}

/** The folded form of a phrase, without offsets (lexicon entries, allowlist, vocabulary). */
export function fold(phrase: string): string {
  if (PLAIN.test(phrase)) return lowerCase(phrase);
  const bare = phrase.replace(NOT_ASCII, bareChar);
  if (PLAIN.test(bare) && !NOT_BY_DECOMPOSITION.test(phrase)) return lowerCase(bare);
  const text = foldWith(phrase, foldScratch).text.trim();
  if (foldScratch.codes.length > SMALL) foldScratch = scratch(SMALL);
  return text;
}
