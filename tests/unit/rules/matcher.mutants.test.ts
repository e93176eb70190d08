import { describe, expect, it } from 'vitest';
import { categoriesOf, firstAtOrAfter, Matcher, MAX_WORD_LENGTH, type PhraseSource } from '../../../src/rules/matcher';
import { normalize } from '../../../src/rules/normalize';
import type { Category, Cue, Cues } from '../../../src/rules/types';

/*
 * What the matcher finds, where, and with which boundaries, through its public functions only
 * (Matcher.of / build / extend / scan and the Cues it returns), so a faster matcher keeps these
 * tests valid. Small phrase sets of its own: no lexicons are needed to say what a match is.
 */

const scan = (sources: readonly PhraseSource[], text: string): Cues => Matcher.of(sources).scan(normalize(text));
/** The original text each hit of `category` covers, in the order the rules get them. */
const found = (cues: Cues, text: string, category: Category): string[] => cues.hits(category).map((c) => text.slice(c.start, c.end));
const words = (text: string, category: Category, phrases: string[]): string[] => found(scan([{ category, phrases }], text), text, category);

describe('word boundaries', () => {
  it('a plain phrase matches whole words only, at the text\'s edges too', () => {
    expect(words('help', 'pitch', ['help'])).toEqual(['help']);
    expect(words('Help, now. We help!', 'pitch', ['help'])).toEqual(['Help', 'help']);
    expect(words('helpful whelp helps', 'pitch', ['help'])).toEqual([]);
    expect(words('whelp', 'pitch', ['help'])).toEqual([]);
    expect(words('helper', 'pitch', ['help'])).toEqual([]);
    expect(words('2help help2', 'pitch', ['help'])).toEqual([]);
  });

  it('a trailing * drops the right boundary and the cue covers the whole word', () => {
    const text = 'Wir abonnieren, abonn. Kein Nichtabonnent.';
    expect(words(text, 'signup', ['abonn*'])).toEqual(['abonnieren', 'abonn']);
    const [cue] = scan([{ category: 'signup', phrases: ['abonn*'] }], text).hits('signup');
    expect(cue).toMatchObject({ ns: 4, ne: 14, start: 4, end: 14 });
  });

  it('a leading * drops the left boundary and the cue covers the whole word', () => {
    expect(words('Der Frühjahrsrabatt und rabatt, nicht rabatte.', 'pitchOffer', ['*rabatt'])).toEqual(['Frühjahrsrabatt', 'rabatt']);
  });

  it('* on both sides matches inside a word and covers it whole', () => {
    expect(words('Ein Superangebotspaket.', 'pitchOffer', ['*angebot*'])).toEqual(['Superangebotspaket']);
  });

  it('a phrase edge that is no letter needs no boundary on that side', () => {
    // ...and, like a wildcard, the cue then stands for the word that edge touches.
    expect(words('see: https://x.io', 'pitch', ['://'])).toEqual(['https://x']);
    expect(words('a :// b', 'pitch', ['://'])).toEqual(['://']);
    expect(words('so Q&A!now', 'pitch', ['q&a!'])).toEqual(['Q&A!now']);
    expect(words('so Q&A! now', 'pitch', ['q&a!'])).toEqual(['Q&A!']);
    expect(words('x#launchday', 'pitch', ['#launch*'])).toEqual(['x#launchday']);
  });

  it('reports original offsets when folding changes lengths', () => {
    const text = 'Großartig: die Straße ist frei';
    const [cue] = scan([{ category: 'pitch', phrases: ['strasse'] }], text).hits('pitch');
    expect(cue && text.slice(cue.start, cue.end)).toBe('Straße');
    expect(cue).toMatchObject({ start: 15, end: 21 });
    // Folded, "Großartig" is one unit longer: the folded offsets are not the original ones.
    expect(cue?.ns).toBe(16);
  });

  it('a wildcard reaches at most 40 units into its word on either side', () => {
    const long = 'x'.repeat(50);
    const [left] = scan([{ category: 'pitchOffer', phrases: ['*rabatt'] }], `${long}rabatt`).hits('pitchOffer');
    expect(left).toMatchObject({ ns: 10, ne: 56 });
    const [right] = scan([{ category: 'signup', phrases: ['abonn*'] }], `abonn${long}`).hits('signup');
    expect(right).toMatchObject({ ns: 0, ne: 45 });
    const [exact] = scan([{ category: 'signup', phrases: ['abonn*'] }], `abonn${'x'.repeat(40)} more`).hits('signup');
    expect(exact).toMatchObject({ ns: 0, ne: 45 });
  });
});

describe('phrases and categories', () => {
  it('a phrase that folds to nothing is no pattern', () => {
    const matcher = Matcher.of([{ category: 'pitch', phrases: ['', '*', '**', 'demo'] }]);
    expect(matcher.patternCount).toBe(1);
    expect(found(matcher.scan(normalize('a demo * **')), 'a demo * **', 'pitch')).toEqual(['demo']);
  });

  it('a phrase listed twice in a category is one hit; in two categories, a hit in each', () => {
    const sources: PhraseSource[] = [
      { category: 'pitch', phrases: ['demo', 'Demo', 'demo'] },
      { category: 'meeting', phrases: ['demo'] },
      { category: 'pitch', phrases: ['DEMO'] },
      { category: 'meeting', phrases: ['demo'] },
      { category: 'self', phrases: ['alpha', 'today', 'today'] },
    ];
    const cues = scan(sources, 'a demo today');
    expect(found(cues, 'a demo today', 'pitch')).toEqual(['demo']);
    expect(found(cues, 'a demo today', 'meeting')).toEqual(['demo']);
    expect(found(cues, 'a demo today', 'self')).toEqual(['today']);
    expect(Matcher.of(sources).patternCount).toBe(3);
  });

  it('the same word with and without a wildcard keeps both meanings', () => {
    const sources: PhraseSource[] = [{ category: 'signup', phrases: ['join'] }, { category: 'signupAct', phrases: ['join*'] }];
    const text = 'join us, joining now';
    const cues = scan(sources, text);
    expect(found(cues, text, 'signup')).toEqual(['join']);
    expect(found(cues, text, 'signupAct')).toEqual(['join', 'joining']);
    const both = scan([{ category: 'signup', phrases: ['join', 'join*'] }], text);
    expect(found(both, text, 'signup')).toEqual(['join', 'join', 'joining']);
  });

  it('categoriesOf lists each category once, in the order first met', () => {
    expect(categoriesOf([
      { category: 'self', phrases: ['we'] }, { category: 'pitch', phrases: [] }, { category: 'self', phrases: ['us'] }, { category: 'ask', phrases: ['x'] },
    ])).toEqual(['self', 'pitch', 'ask']);
  });

  it('hits come sorted by where they start, though the automaton meets them by where they end', () => {
    const text = 'a b c d e';
    const cues = scan([{ category: 'pitch', phrases: ['c', 'b c d', 'd', 'a b c d e'] }], text);
    expect(cues.hits('pitch').map((c) => `${c.ns}-${c.ne}`)).toEqual(['0-9', '2-7', '4-5', '6-7']);
  });

  it('an unknown category has no hits', () => {
    const cues = scan([{ category: 'pitch', phrases: ['demo'] }], 'a demo');
    expect(cues.hits('ask')).toEqual([]);
    expect(cues.has('ask')).toBe(false);
    expect(cues.has('pitch')).toBe(true);
  });
});

describe('building and extending', () => {
  const base: PhraseSource[] = [{ category: 'pitch', phrases: ['demo', 'we help'] }, { category: 'self', phrases: ['we'] }];

  it('build() yields once per category and then makes the matcher of()', () => {
    const steps = Matcher.build(base);
    let yields = 0;
    let step = steps.next();
    while (!step.done) { yields++; step = steps.next(); }
    expect(yields).toBeGreaterThanOrEqual(base.length + 2);
    const text = 'we help with a demo';
    expect(found(step.value.scan(normalize(text)), text, 'pitch')).toEqual(found(scan(base, text), text, 'pitch'));
    expect(step.value.patternCount).toBe(3);
    expect(step.value.layers).toHaveLength(1);
  });

  it('extend() adds a layer that shares the first and finds both; nothing to add is the same matcher', () => {
    const matcher = Matcher.of(base);
    expect(matcher.extend([])).toBe(matcher);
    expect(matcher.extend([{ category: 'allow', phrases: [] }])).toBe(matcher);
    const more = matcher.extend([{ category: 'pitch', phrases: ['webinar'] }, { category: 'allow', phrases: ['demo day'] }]);
    expect(more).not.toBe(matcher);
    expect(more.layers).toHaveLength(2);
    expect(more.layers[0]).toBe(matcher.layers[0]);
    expect(more.patternCount).toBe(5);
    expect(more.tableBytes).toBe(matcher.tableBytes + (more.layers[1]?.automaton.tableBytes ?? 0));
    expect(matcher.tableBytes).toBeGreaterThan(0);
    const text = 'a demo, a webinar, a demo day';
    expect(found(more.scan(normalize(text)), text, 'pitch')).toEqual(['demo', 'webinar', 'demo']);
    expect(found(more.scan(normalize(text)), text, 'allow')).toEqual(['demo day']);
    expect(found(matcher.scan(normalize(text)), text, 'pitch')).toEqual(['demo', 'demo']);
  });

  it('a layer built before makes the same matcher', () => {
    const built = Matcher.of(base);
    const again = Matcher.ofLayer(built.layers[0] ?? (null as never));
    const text = 'we help, we demo';
    expect(found(again.scan(normalize(text)), text, 'self')).toEqual(['we', 'we']);
    expect(again.patternCount).toBe(built.patternCount);
  });
});

describe('neutral phrases defuse the cues inside them', () => {
  const sources: PhraseSource[] = [
    { category: 'pitch', phrases: ['product', 'demo', 'manager'] },
    { category: 'signupAsk', phrases: ['demo'] },
    { category: 'neutral', phrases: ['product manager', 'demo day', 'the whole product line of ours'] },
  ];

  it('a cue inside a neutral phrase is dropped; one that reaches past it or starts before it stays', () => {
    const text = 'our product manager, a product, a demo day';
    const cues = scan(sources, text);
    expect(found(cues, text, 'pitch')).toEqual(['product']);
    expect(cues.hits('pitch')[0]?.start).toBe(text.indexOf('a product') + 2);
  });

  it('only defusable categories are defused', () => {
    const text = 'a demo day';
    expect(found(scan(sources, text), text, 'signupAsk')).toEqual(['demo']);
    expect(found(scan(sources, text), text, 'pitch')).toEqual([]);
  });

  it('a long neutral phrase covers cues beyond a shorter neutral phrase inside it', () => {
    const text = 'the whole product line of ours';
    // "product" also starts "product manager"? No: only the long phrase covers it, and "line" starts no cue.
    const cues = scan([...sources, { category: 'pitch', phrases: ['ours', 'whole'] }, { category: 'neutral', phrases: ['whole'] }], text);
    expect(found(cues, text, 'pitch')).toEqual([]);
  });

  it('a cue that overlaps a neutral phrase only in part stays', () => {
    const text = 'demo days ahead';
    const cues = scan([{ category: 'pitch', phrases: ['days ahead'] }, { category: 'neutral', phrases: ['demo days'] }], text);
    expect(found(cues, text, 'pitch')).toEqual(['days ahead']);
    const none = scan([{ category: 'pitch', phrases: ['demo'] }, { category: 'neutral', phrases: [] }], 'a demo');
    expect(none.hits('pitch')).toHaveLength(1);
  });
});

describe('template slots', () => {
  const sources: PhraseSource[] = [{ category: 'target', phrases: ['company', 'company name'] }, { category: 'signupAsk', phrases: ['company'] }];
  const target = (text: string): string[] => found(scan(sources, text), text, 'target');

  it('drops a defusable cue between matching brackets, with slot characters around it', () => {
    expect(target('Hi {company}, and {{ company_name | x: y-z }}')).toEqual([]);
    expect(target('Hi [your company name] there')).toEqual([]);
    expect(target('Hi %company%')).toEqual([]);
    expect(found(scan([{ category: 'target', phrases: ['q&a'] }], 'Hi {q&a}'), 'Hi {q&a}', 'target')).toEqual([]);
    expect(target(`${'x '.repeat(40)}{company}`)).toEqual([]);
    expect(target('Hi <company>')).toEqual([]);
  });

  it('keeps the cue when the brackets do not match, a word is not a slot\'s, or the slot is too long', () => {
    expect(target('Hi {company]')).toEqual(['company']);
    expect(target('Hi [company}')).toEqual(['company']);
    expect(target('Hi (company)')).toEqual(['company']);
    expect(target('Hi {our. company}')).toEqual(['company']);
    expect(target('Hi {company. x}')).toEqual(['company']);
    expect(target('Hi {company')).toEqual(['company']);
    expect(target('Hi company}')).toEqual(['company']);
    const far = `{${'a'.repeat(38)} company}`;
    expect(target(far)).toEqual([]);
    expect(target(`{${'a'.repeat(39)} company}`)).toEqual(['company']);
    expect(target(`{company ${'a'.repeat(39)}}`)).toEqual([]);
    expect(target(`{company ${'a'.repeat(40)}}`)).toEqual(['company']);
  });

  it('drops only the cues in the slot, and only of defusable categories', () => {
    const text = 'our company: {company}, company';
    const cues = scan(sources, text);
    expect(cues.hits('target').map((c) => c.start)).toEqual([4, 24]);
    expect(cues.hits('signupAsk')).toHaveLength(3);
  });

  it('an opener far before the cue, with other text between, is no slot', () => {
    expect(target(`{x} ${'b'.repeat(50)} company}`)).toEqual(['company']);
    // Openers of several kinds: the nearest one before the cue is the one that counts.
    expect(target(`[x] ${'b'.repeat(50)} {company}`)).toEqual([]);
    expect(target(`{x} ${'b'.repeat(50)} [company] <y>`)).toEqual([]);
  });
});

describe('pairs and near', () => {
  const sources: PhraseSource[] = [
    { category: 'self', phrases: ['we', 'wir'] },
    { category: 'target', phrases: ['company', 'teams', 'unternehmen'] },
    { category: 'pitch', phrases: ['help', 'we help you'] },
  ];
  const pairs = (text: string, maxGapWords: number, eitherOrder = false): string[] =>
    scan(sources, text).pairs('self', 'target', { maxGapWords, eitherOrder }).map((c) => text.slice(c.start, c.end));

  it('pairs within the gap, counting words, and runs to the last partner in reach', () => {
    expect(pairs('we company', 0)).toEqual(['we company']);
    expect(pairs('we help your company', 2)).toEqual(['we help your company']);
    expect(pairs('we help your company', 1)).toEqual([]);
    expect(pairs('we help your company and teams', 4)).toEqual(['we help your company and teams']);
    expect(pairs('we help your company and teams', 2)).toEqual(['we help your company']);
    expect(pairs('we help AI-powered teams', 2)).toEqual(['we help AI-powered teams']);
    expect(pairs('we help AI - powered teams', 2)).toEqual([]);
    expect(pairs('wir machen am 27. August einen Abend mit Teams', 8)).toEqual(['wir machen am 27. August einen Abend mit Teams']);
    expect(pairs('we grew 1.9x and 9.5x for teams', 7)).toEqual(['we grew 1.9x and 9.5x for teams']);
    // Only with its space is a day's ordinal a date: "27.August" ends the clause like any full stop.
    expect(pairs('wir machen am 27.August einen Abend mit Teams', 8)).toEqual([]);
  });

  it('no pair across a clause break, or the other way round unless either order is asked', () => {
    for (const stop of ['.', '!', '?', ';', ',', '\n']) expect(pairs(`we help${stop} company`, 3)).toEqual([]);
    expect(pairs('company we', 3)).toEqual([]);
    expect(pairs('company we', 3, true)).toEqual(['company we']);
    expect(pairs('we company teams we', 0, true)).toEqual(['we company', 'teams we']);
    expect(pairs('we , company', 3, true)).toEqual([]);
    expect(pairs('company we teams', 0, true)).toEqual(['company we', 'we teams']);
  });

  it('a gap longer than its words could be is no gap, however few its words', () => {
    const word = 'x'.repeat(2 * MAX_WORD_LENGTH - 2);
    expect(pairs(`we ${word} company`, 1)).toEqual([`we ${word} company`]);
    expect(pairs(`we ${word}xx company`, 1)).toEqual([]);
  });

  it('a partner inside the first cue pairs it (verb-final clauses); the same span does not', () => {
    const cues = scan(sources, 'so we help you now');
    const [long] = cues.hits('pitch').filter((c) => c.ne - c.ns > 4);
    const inner = cues.hits('pitch').filter((c) => c.ne - c.ns === 4);
    expect(long && cues.near([long], inner, { maxGapWords: 0 })).toEqual([long]);
    expect(long && cues.near([long], [long], { maxGapWords: 0 })).toEqual([]);
    expect(cues.near([], inner, { maxGapWords: 3 })).toEqual([]);
    // Partners that end with it, or start with it, are inside it too.
    const x: Cue = { ns: 3, ne: 14, start: 3, end: 14 };
    expect(cues.near([x], [{ ns: 11, ne: 14, start: 11, end: 14 }], { maxGapWords: 0 })).toEqual([x]);
    expect(cues.near([x], [{ ns: 3, ne: 7, start: 3, end: 7 }], { maxGapWords: 0 })).toEqual([x]);
    expect(cues.near([x], [{ ns: 3, ne: 15, start: 3, end: 15 }], { maxGapWords: 0 })).toEqual([]);
    expect(long && cues.near([long], [], { maxGapWords: 3 })).toEqual([]);
  });

  it('pairs come sorted by start', () => {
    const text = 'company, we teams, we company';
    const out = scan(sources, text).pairs('self', 'target', { maxGapWords: 1, eitherOrder: true });
    expect(out.map((c) => c.ns)).toEqual([...out.map((c) => c.ns)].sort((a, b) => a - b));
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual(['we teams', 'we company']);
  });
});

describe('sentences: inQuestion and sentenceHas', () => {
  const sources: PhraseSource[] = [
    { category: 'signupAsk', phrases: ['would you like', 'shall i'] },
    { category: 'target', phrases: ['webinar', 'list'] },
    { category: 'ask', phrases: ['thanks'] },
    { category: 'meeting', phrases: ['ready?', 'ok.'] },
  ];
  const first = (cues: Cues, category: Category): Cue => cues.hits(category)[0] as Cue;

  it('a cue is in a question when its sentence ends with ?', () => {
    const q = (text: string): boolean => { const cues = scan(sources, text); return cues.inQuestion(first(cues, 'target')); };
    expect(q('Join our webinar?')).toBe(true);
    expect(q('Join our webinar ?')).toBe(true);
    expect(q('Join our webinar. Ok?')).toBe(false);
    expect(q('Join our webinar! Ok?')).toBe(false);
    expect(q('Join our webinar\nOk?')).toBe(false);
    expect(q('Join our webinar')).toBe(false);
    expect(q('Join our webinar on 3. March?')).toBe(true);
    expect(q('Join our webinar, version 2.5?')).toBe(true);
    expect(q('Join our webinar in 2019. Ok?')).toBe(false);
    expect(q('Join our webinar e.g.today?')).toBe(true);
  });

  it('a ? or ! closing a quoted title ends nothing when the sentence goes on', () => {
    const q = (text: string): boolean => { const cues = scan(sources, text); return cues.inQuestion(first(cues, 'target')); };
    expect(q('Our webinar "Ready?" is on Monday.')).toBe(false);
    expect(q('Our webinar «Ready?» is on Monday.')).toBe(false);
    expect(q('Our webinar "Ready?", on Monday.')).toBe(false);
    expect(q('Our webinar « Ready ? » on Monday.')).toBe(false);
    expect(q('Our webinar "Ready!" is on Monday?')).toBe(true);
    expect(q('Our webinar "Ready?"')).toBe(true);
    expect(q('Our webinar "Ready?"\nSee you.')).toBe(true);
    expect(q('Our webinar "Ready?" ')).toBe(true);
    expect(q('Our webinar Ready? see you.')).toBe(true);
  });

  it('a cue that ends with its own ? or . is in its own sentence', () => {
    const cues = scan(sources, 'Ready? The list. thanks');
    expect(cues.inQuestion(first(cues, 'meeting'))).toBe(true);
    expect(cues.sentenceHas(first(cues, 'meeting'), 'target')).toBe(false);
    const ok = scan(sources, 'A list ok. thanks');
    expect(ok.sentenceHas(first(ok, 'meeting'), 'ask')).toBe(false);
    expect(ok.sentenceHas(first(ok, 'meeting'), 'target')).toBe(true);
  });

  it('sentenceHas finds a hit of the category before or after the cue in its sentence, never in another', () => {
    const has = (text: string): boolean => { const cues = scan(sources, text); return cues.sentenceHas(first(cues, 'target'), 'signupAsk'); };
    expect(has('Would you like our webinar?')).toBe(true);
    expect(has('Our webinar, would you like it?')).toBe(true);
    expect(has('Our webinar, would you like?')).toBe(true);
    expect(has('Would you like our webinar? Tea. Cake.')).toBe(true);
    expect(has('Our webinar\n"Would you like" it')).toBe(false);
    expect(has('Would you like tea? Our webinar is on.')).toBe(false);
    expect(has('Would you like tea! Our webinar is on.')).toBe(false);
    expect(has('Would you like tea.\nOur webinar is on.')).toBe(false);
    expect(has('Would you like tea. Our webinar is on.')).toBe(false);
    expect(has('Our webinar is on. Would you like it?')).toBe(false);
    expect(has('Our webinar is on.Would you like it?')).toBe(true);
    expect(has('Would you like on 27. August our webinar')).toBe(true);
    expect(has('Our webinar in 2019. Would you like it?')).toBe(false);
    expect(has('Our webinar\nwould you like it')).toBe(false);
    expect(has('Our webinar')).toBe(false);
  });

  it('reads the right sentence among many', () => {
    const text = 'Thanks. Shall I? A list. Would you like a webinar? Thanks! Fine.';
    const cues = scan(sources, text);
    const [list, webinar] = cues.hits('target');
    expect(list && cues.sentenceHas(list, 'signupAsk')).toBe(false);
    expect(list && cues.sentenceHas(list, 'ask')).toBe(false);
    expect(webinar && cues.sentenceHas(webinar, 'signupAsk')).toBe(true);
    expect(webinar && cues.sentenceHas(webinar, 'ask')).toBe(false);
    expect(list && cues.inQuestion(list)).toBe(false);
    expect(webinar && cues.inQuestion(webinar)).toBe(true);
    expect(cues.sentenceHas(first(cues, 'ask'), 'signupAsk')).toBe(false);
  });
});

describe('firstAtOrAfter', () => {
  const at = (ns: number): Cue => ({ ns, ne: ns + 1, start: ns, end: ns + 1 });
  it('is the index of the first cue starting at or after a position', () => {
    const cues = [at(2), at(5), at(5), at(9)];
    expect([0, 2, 3, 5, 6, 9, 10].map((ns) => firstAtOrAfter(cues, ns))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 3)).toBe(0);
  });
});
