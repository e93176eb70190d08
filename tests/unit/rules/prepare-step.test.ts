import { describe, expect, it } from 'vitest';
import { analyze, matcherFor, prepareStep } from '../../../src/rules/engine';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx } from './context';

// Its own file: the lexicons' matcher is built once per module, and this test needs it unbuilt.
describe('prepareStep', () => {
  it('builds the lexicons in many small steps, after which analyze builds nothing of its own', () => {
    let steps = 1;
    while (!prepareStep()) steps++;
    // One step per phrase category, and the automaton last.
    expect(steps).toBeGreaterThan(10);
    expect(prepareStep()).toBe(true);
    const first = matcherFor(defaultSettings());
    expect(analyze('Thanks for connecting! Want to book a demo this week?', ctx({ connectedDaysAgo: 1 })).map((f) => f.rule)).toEqual(['early-pitch']);
    expect(matcherFor(defaultSettings())).toBe(first);
  });
});
