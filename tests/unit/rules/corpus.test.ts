import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/rules/settings';
import {
  belowTargets, counts, holdoutFigures, holdoutFloors, loadPart, partExists, pinProblems, pinsFile, recordedFile, report, reportByOrigin, run, type HoldoutFigures,
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

  it('holds its recorded figures and reports the distance to the issue-10 targets', () => {
    expect(holdout.length).toBeGreaterThan(0);
    const outcomes = run(holdout);
    // Aggregates only: a held-out line is never printed, so nobody tunes to one.
    console.log(`\n${counts(holdout)}\n\n${report(outcomes, 'HELD-OUT PART (gated)')}\n\n${reportByOrigin(outcomes)}\n`);
    const measured = holdoutFigures(outcomes, languages);
    const recorded = JSON.parse(readFileSync(recordedFile, 'utf8')) as HoldoutFigures;
    const unmet = belowTargets(measured, holdoutFloors);
    console.log(unmet.length ? `hold-out targets not met yet (issue 10):\n  ${unmet.join('\n  ')}\n` : 'hold-out: every target met\n');
    // A figure may rise (record it with `npm run corpus:pin`) but never fall: that is a regression.
    for (const [key, value] of Object.entries(recorded.higherIsBetter)) {
      expect(measured.higherIsBetter[key] ?? 0, key).toBeGreaterThanOrEqual(value);
    }
    for (const [key, value] of Object.entries(recorded.lowerIsBetter)) {
      expect(measured.lowerIsBetter[key] ?? 1, key).toBeLessThanOrEqual(value);
    }
  });
});
