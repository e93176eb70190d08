import { describe, expect, it } from 'vitest';
import { prepareStep } from '../../../src/rules/engine';
import { lexiconSources } from '../../../src/rules/lexicons';
import { Matcher } from '../../../src/rules/matcher';

// Its own file: the lexicons' matcher is built once per module, and this test needs it unbuilt.
describe('prepareStep', () => {
  it('says the matcher is ready on the very step that finishes it', () => {
    const build = Matcher.build(lexiconSources());
    let yields = 0;
    while (!build.next().done) yields++;
    let calls = 1;
    while (!prepareStep()) calls++;
    // One call per yield of the build, and one more that finishes it.
    expect(calls).toBe(yields + 1);
  });
});
