import { afterEach, describe, expect, it } from 'vitest';
import { analyze, useModel } from '../../../src/rules/engine';
import { BUCKET_BITS } from '../../../src/rules/model/features';
import { Model, type RuleWeights } from '../../../src/rules/model/model';
import { defaultSettings } from '../../../src/rules/settings';
import { ruleText } from '../../../src/rules/texts';
import type { Finding } from '../../../src/rules/types';
import { ctx } from './context';

const text = 'Hi {first_name}, we help logistics teams cut costs. See https://example.com/offer now.';
const spans = (t: string, findings: readonly Finding[]): [string, string][] => findings.map((f) => [f.rule, t.slice(f.start, f.end)]);

afterEach(() => useModel(null));

describe('analyze', () => {
  it('reports findings by position, not by rule, each with its rule\'s severity, message and suggestion', () => {
    const findings = analyze(text, ctx());
    expect(spans(text, findings)).toEqual([
      ['unfilled-placeholder', '{first_name}'], ['early-pitch', 'we help'], ['link-in-first-contact', 'https://example.com/offer'],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    for (const f of findings) {
      expect(f.message).toBe(ruleText('en', f.rule).message);
      expect(f.suggestion).toBe(ruleText('en', f.rule).suggestion);
    }
  });

  it('speaks the settings\' language, and takes each rule\'s severity and switch from them', () => {
    const settings = defaultSettings();
    settings.locale = 'de';
    settings.rules['early-pitch'].severity = 'info';
    settings.rules['unfilled-placeholder'].enabled = false;
    const findings = analyze(text, ctx(), settings);
    expect(spans(text, findings)).toEqual([['early-pitch', 'we help'], ['link-in-first-contact', 'https://example.com/offer']]);
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings.map((f) => f.message)).toEqual([ruleText('de', 'early-pitch').message, ruleText('de', 'link-in-first-contact').message]);
    expect(findings[0]?.suggestion).toBe(ruleText('de', 'early-pitch').suggestion);
    expect(findings[0]?.message).not.toBe(ruleText('en', 'early-pitch').message);
  });

  it('an allowlisted phrase silences the evidence inside it, not evidence that merely contains it', () => {
    const around = defaultSettings();
    around.allowlist = ['we help logistics'];
    expect(spans(text, analyze(text, ctx(), around)).map(([rule]) => rule)).toEqual(['unfilled-placeholder', 'link-in-first-contact']);
    const inside = defaultSettings();
    inside.allowlist = ['help'];
    expect(spans(text, analyze(text, ctx(), inside))).toEqual(spans(text, analyze(text, ctx())));
  });

  it(`keeps at most 50 findings per rule, the first ones`, () => {
    const many = 'We help teams. '.repeat(60);
    const found = analyze(many, ctx()).filter((f) => f.rule === 'early-pitch');
    expect(found).toHaveLength(50);
    expect(found.map((f) => f.start)).toEqual(Array.from({ length: 50 }, (_, i) => i * 15));
  });

  it('anything but a string is an empty text', () => {
    expect(analyze(undefined as unknown as string, ctx())).toEqual([]);
    expect(analyze(42 as unknown as string, ctx())).toEqual([]);
  });

  it('findings that start together are ordered by their end, then by the rules\' order', () => {
    // early-pitch's model points at the whole sentence (its "demo" is the part of an offer a model
    // finding needs); the ask's cue at its first words, a favour that only routes the message (beside
    // a favour about the writer's own thing, early-pitch's model stays quiet).
    const on: RuleWeights = { bias: 5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };
    const off: RuleWeights = { bias: 0, scale: 1, threshold: 1e9, count: 0, index: '', weights: '' };
    useModel(new Model({ version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': on, 'assumed-closeness': off, 'no-consent-signup': on, 'ask-without-give': off } }));
    const sentence = 'Mind forwarding this to your hiring manager at the port, the river walk had a street music demo?';
    // "group": the part of a sign-up the sign-up rule's model finding needs.
    const whole = 'Lovely weather in Porto this week, the river walk group had a street music demo.';
    expect(spans(sentence, analyze(sentence, ctx()))).toEqual([
      ['ask-without-give', 'Mind forwarding'], ['early-pitch', sentence],
    ]);
    expect(spans(whole, analyze(whole, ctx()))).toEqual([['early-pitch', whole], ['no-consent-signup', whole]]);
  });
});
