import { expect, it } from 'vitest';
import { analyze } from '../../../src/rules/engine';
import { ctx } from './context';

// A scale test: under the rules' mutation run (a counter per statement, per character folded) it
// takes minutes, so vitest.rules.config.ts leaves it out; the cap it checks is tested at 1 KB in
// engine.mutants.test.ts.
it('never throws on a megabyte of text, with bounded output', () => {
  const text = 'We help teams. {first_name} '.repeat(40_000).slice(0, 1_000_000);
  const findings = analyze(text, ctx());
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  expect(findings.filter((f) => f.rule === 'early-pitch').length).toBeLessThanOrEqual(50);
});
