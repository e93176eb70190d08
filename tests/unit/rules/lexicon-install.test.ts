import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLexicons } from '../../../src/rules/lexicon/default';
import { ctx } from './context';

const young = ctx({ connectedDaysAgo: 2 });
type Engine = typeof import('../../../src/rules/engine');

describe('the engine before and after its phrase lists are installed', () => {
  let engine: Engine;
  beforeEach(async () => {
    // A module graph of its own: the unit setup installed the committed lists in the shared one.
    vi.resetModules();
    engine = await import('../../../src/rules/engine');
  });

  it('builds nothing and scans nothing until the lists arrive, then coaches', () => {
    expect(engine.prepareStep()).toBe(false);
    expect(() => engine.analyze('We help SaaS teams cut churn. Free for a 15-minute call?', young)).toThrow(/not installed/u);
    engine.useLexicons(defaultLexicons);
    while (!engine.prepareStep()) { /* one build step per call */ }
    expect(engine.analyze('We help SaaS teams cut churn. Free for a 15-minute call?', young).map((f) => f.rule)).toContain('early-pitch');
  });

  it('drops what it built from earlier lists when others are installed', () => {
    engine.useModel(null);
    const text = 'Zorblax widgets for your team, book now!';
    engine.useLexicons({ en: { pitch: ['zorblax widgets'] } });
    expect(engine.analyze(text, young).map((f) => f.rule)).toContain('early-pitch');
    engine.useLexicons({ en: { pitch: ['quux gadgets'] } });
    expect(engine.analyze(text, young).map((f) => f.rule)).not.toContain('early-pitch');
  });
});
