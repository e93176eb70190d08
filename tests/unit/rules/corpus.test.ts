import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/rules/settings';
import {
  cleanFlagged, counts, holdoutFloors, loadPart, pairs, partExists, pinProblems, pinsFile, precision, recall, report, run, score,
} from '../../corpus/evaluate';

const train = loadPart('train');
const languages = ['de', 'en', 'es', 'fr', 'nl', 'ro', 'sv'];

describe('the training corpus', () => {
  it('is multilingual, about half clean, covers both surfaces, relationship ages and every rule', () => {
    expect([...new Set(train.map((s) => s.lang))].sort()).toEqual(languages);
    for (const lang of languages) expect(train.filter((s) => s.lang === lang).length, lang).toBeGreaterThanOrEqual(45);
    const clean = train.filter((s) => s.labels.length === 0).length / train.length;
    expect(clean).toBeGreaterThan(0.35);
    expect(clean).toBeLessThan(0.65);
    expect(train.some((s) => s.input.context.surface === 'invite-note')).toBe(true);
    expect(train.some((s) => (s.input.context.connectedDaysAgo ?? 0) > 365)).toBe(true);
    for (const { id } of ruleCatalog) expect(train.filter((s) => s.labels.includes(id)).length, id).toBeGreaterThanOrEqual(10);
    for (const s of train) expect(s.origin, s.id).toMatch(/^(hand|template):./u);
  });

  it('is reported, not gated: cues and model learn from it, so its figures flatter', () => {
    console.log(`\n${counts(train)}\n\n${report(run(train), 'TRAINING PART (report only)')}\n`);
    expect(run(train).length).toBe(train.length);
  });
});

// The hold-out is written by other hands and dropped in by the lead; it must be present before a
// merge, so its absence fails here instead of passing quietly.
describe('the held-out corpus', () => {
  it('is present', () => {
    expect(partExists('holdout'), 'tests/corpus/holdout/ is missing: the gate cannot run').toBe(true);
  });

  const holdout = partExists('holdout') ? loadPart('holdout') : [];

  it('matches its pins (run `npm run corpus:pin` after a deliberate change)', () => {
    expect(holdout.length).toBeGreaterThan(0);
    expect(pinProblems(holdout, readFileSync(pinsFile, 'utf8'))).toEqual([]);
  });

  it('shares no text with the training part', () => {
    const seen = new Set(train.map((s) => s.input.text));
    expect(holdout.filter((s) => seen.has(s.input.text)).map((s) => s.id)).toEqual([]);
  });

  it('meets the floor: precision ≥ 0.9 and recall ≥ 0.8 per rule, ≤ 5% clean flagged, recall ≥ 0.7 per language, pairs ≥ 90%', () => {
    expect(holdout.length).toBeGreaterThan(0);
    const outcomes = run(holdout);
    // Aggregates only: a held-out line is never printed, so nobody tunes to one.
    console.log(`\n${counts(holdout)}\n\n${report(outcomes, 'HELD-OUT PART (gated)')}\n`);
    for (const { id } of ruleCatalog) {
      const s = score(outcomes, [id]);
      expect(precision(s), `${id} precision`).toBeGreaterThanOrEqual(holdoutFloors.perRulePrecision);
      expect(recall(s), `${id} recall`).toBeGreaterThanOrEqual(holdoutFloors.perRuleRecall);
    }
    const fp = cleanFlagged(outcomes);
    expect(fp.flagged / Math.max(1, fp.clean)).toBeLessThanOrEqual(holdoutFloors.cleanFlagged);
    for (const lang of languages) {
      expect(recall(score(outcomes.filter((o) => o.sample.lang === lang))), `${lang} recall`).toBeGreaterThanOrEqual(holdoutFloors.perLanguageRecall);
    }
    const p = pairs(outcomes);
    expect(p.total, 'pairs in the hold-out').toBeGreaterThan(0);
    expect(p.right / p.total).toBeGreaterThanOrEqual(0.9);
  });
});
