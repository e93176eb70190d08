import { describe, expect, it } from 'vitest';
import { analyze, matcherFor } from '../../../src/rules/engine';
import { defaultSettings } from '../../../src/rules/settings';
import { ruleCatalog } from '../../../src/rules/settings';
import type { Context, Finding, Surface } from '../../../src/rules/types';
import { ctx } from './context';

const pitchIn = (text: string): string[] =>
  analyze(text, ctx()).filter((f) => f.rule === 'early-pitch').map((f) => text.slice(f.start, f.end));

/** A small deterministic generator, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function wellFormed(findings: readonly Finding[], text: string): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    const low = (i: number): boolean => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
    const high = (i: number): boolean => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
    // Offsets never cut a surrogate pair in half.
    expect(low(f.start) && high(f.start - 1)).toBe(false);
    expect(low(f.end) && high(f.end - 1)).toBe(false);
  }
}

describe('offsets point into the original text', () => {
  it('through decomposed accents, emoji and expansions like ß', () => {
    const nfd = 'Hallo 👋🏽 Straße! Vă prezentăm soluția noastră.'.normalize('NFD');
    expect(pitchIn(nfd)).toEqual(['Vă prezentăm soluția noastră'.normalize('NFD')]);
    expect(pitchIn('Grüße aus Köln – wir helfen Bäckereien.')).toEqual(['wir helfen']);
  });

  it('through no-break spaces, runs of whitespace and line breaks', () => {
    expect(pitchIn('Can I\u00A0book  a\u202Fdemo?')).toEqual(['book  a\u202Fdemo']);
    expect(pitchIn('Line one.\r\nWe help\t\tteams.')).toEqual(['We help']);
  });

  it('through curly apostrophes and zero-width characters', () => {
    expect(pitchIn('I’d love to show you around the product')).toEqual(['I’d love to show you']);
    expect(pitchIn('We\u200B help founders')).toEqual(['We\u200B help']);
  });

  it('a phrase never matches across a line break', () => {
    expect(pitchIn('Please book a\ndemo day ticket')).toEqual([]);
  });
});

describe('analyze', () => {
  it('is deterministic and does not depend on the settings object identity', () => {
    const text = 'Hey buddy! As we discussed, our platform helps. Could you introduce me to Sam? {first_name}';
    const a = analyze(text, ctx(), defaultSettings());
    const b = analyze(text, ctx(), defaultSettings());
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(3);
  });

  it('sorts findings by position', () => {
    const findings = analyze('{name}, we help. As we discussed, buddy.', ctx());
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((x, y) => x - y));
  });

  it('matches every language at once: a mixed message needs no language detection', () => {
    const rules = analyze('Hej kompis! Our platform is live. Ik heb je toegevoegd aan onze nieuwsbrief.', ctx()).map((f) => f.rule);
    expect(rules).toEqual(['assumed-closeness', 'early-pitch', 'no-consent-signup']);
  });

  it('returns nothing for an empty draft', () => {
    expect(analyze('', ctx())).toEqual([]);
  });

  it('writes messages and suggestions in the chosen locale', () => {
    const settings = { ...defaultSettings(), locale: 'nl' as const };
    const [finding] = analyze('We help teams grow.', ctx(), settings);
    expect(finding?.message).toContain('pitchen');
    expect(finding?.suggestion).toContain('Vraag');
  });

  it('a disabled rule stays silent and a severity override is honoured', () => {
    const settings = defaultSettings();
    settings.rules['early-pitch'].enabled = false;
    settings.rules['assumed-closeness'].severity = 'info';
    const findings = analyze('Hey buddy, we help teams grow.', ctx(), settings);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['assumed-closeness', 'info']]);
  });

  it('drops a finding whose evidence lies inside an allowlisted phrase, and only that one', () => {
    const settings = defaultSettings();
    settings.allowlist = ['we help each other grow'];
    const text = 'In our circle we help each other grow. Also: we help agencies.';
    const findings = analyze(text, ctx(), settings).map((f) => text.slice(f.start, f.end));
    expect(findings).toEqual(['we help']);
    expect(analyze(text, ctx(), settings)[0]?.start).toBe(text.lastIndexOf('we help'));
  });

  it('counts a user\'s extra phrase for its rule in any language folding', () => {
    const settings = defaultSettings();
    settings.rules['early-pitch'].extraPhrases = ['Kaffeegespräch über unser Angebot'];
    const text = 'Lust auf ein KAFFEEGESPRACH uber unser Angebot?';
    expect(analyze(text, ctx(), settings).filter((f) => f.rule === 'early-pitch').map((f) => text.slice(f.start, f.end)))
      .toEqual(['KAFFEEGESPRACH uber unser Angebot']);
  });

  it('builds the automaton once per set of phrases and reuses it', () => {
    const one = defaultSettings();
    const two = defaultSettings();
    expect(matcherFor(one)).toBe(matcherFor(two));
    two.allowlist = ['we help'];
    expect(matcherFor({ ...two })).not.toBe(matcherFor(one));
  });
});

describe('never throws', () => {
  const surfaces: Surface[] = ['message', 'invite-note', 'inmail'];

  it('on random Unicode, lone surrogates and random contexts', () => {
    const next = random(4);
    const pool = [0x41, 0x61, 0x20, 0x0a, 0xe9, 0x0219, 0x015f, 0x0301, 0xd800, 0xdc00, 0x200d, 0xfe0f, 0x7b, 0x7d, 0x5b, 0x5d, 0x25, 0x2e, 0x3f];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(next() * 400);
      for (let i = 0; i < length; i++) {
        const r = next();
        const code = r < 0.5 ? (pool[Math.floor(next() * pool.length)] ?? 0x20) : Math.floor(next() * 0x110000);
        text += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      }
      const context: Context = ctx({
        surface: surfaces[Math.floor(next() * 3)] ?? 'message',
        connectedDaysAgo: next() < 0.3 ? null : Math.floor(next() * 500),
        received: Math.floor(next() * 3),
        recentSent: next() < 0.2 ? [text, text, text, text, text, text] : undefined,
      });
      wellFormed(analyze(text, context), text);
    }
  });

  it('on every rule at once with an empty context history', () => {
    expect(ruleCatalog).toHaveLength(9);
    expect(() => analyze('\uD800\uDFFF\uDFFF\uD800', ctx({ recentSent: [] }))).not.toThrow();
  });
});

describe('matcherFor', () => {
  it('keeps the user\'s phrases in a layer of their own, so an allowlist change does not rebuild the lexicons', () => {
    const lexicons = matcherFor(defaultSettings());
    const settings = defaultSettings();
    // A phrase the lexicons already hold: one rebuilt automaton would fold it into the existing pattern.
    settings.allowlist = ['book a demo'];
    const extended = matcherFor(settings);
    expect(extended).not.toBe(lexicons);
    expect(extended.patternCount).toBe(lexicons.patternCount + 1);
    expect(matcherFor(defaultSettings())).toBe(lexicons);
  });

  it('an allowlisted lexicon phrase still never fires', () => {
    const settings = defaultSettings();
    settings.allowlist = ['book a demo'];
    const text = 'Thanks for connecting! Want to book a demo this week?';
    const young = { ...ctx(), surface: 'message' as Surface, connectedDaysAgo: 1 };
    expect(analyze(text, young).some((f) => f.rule === 'early-pitch' && text.slice(f.start, f.end).includes('book a demo'))).toBe(true);
    expect(analyze(text, young, settings).some((f) => text.slice(f.start, f.end).includes('book a demo'))).toBe(false);
  });
});
