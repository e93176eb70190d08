import { describe, expect, it } from 'vitest';
import { analyze, lexiconTables, prepareStep, useLexiconTables } from '../../../src/rules/engine';
import { lexiconSources } from '../../../src/rules/lexicons';
import { Matcher } from '../../../src/rules/matcher';
import { matcherToBytes } from '../../../src/rules/tables';
import { ctx } from './context';

// Its own file: the lexicons' matcher is built once per module, and these tests need it unbuilt.
describe('the lexicons\' matcher read from bytes', () => {
  const bytes = matcherToBytes(Matcher.of(lexiconSources()), lexiconSources());

  it('bytes that are no tables change nothing and say so: the matcher is still to be built', () => {
    expect(useLexiconTables(new Uint8Array(16))).toBe(false);
    expect(useLexiconTables(bytes.subarray(0, bytes.byteLength - 8))).toBe(false);
    expect(prepareStep()).toBe(false);
  });

  it('tables read back leave nothing to build; analyze scans with them, and writes the same tables', () => {
    expect(useLexiconTables(bytes)).toBe(true);
    expect(prepareStep()).toBe(true);
    expect(analyze('Thanks for connecting! Want to book a demo this week?', ctx({ connectedDaysAgo: 1 })).map((f) => f.rule)).toEqual(['early-pitch']);
    // Megabytes: compared byte by byte here, as toEqual's element-wise diff takes half a minute.
    const again = lexiconTables();
    expect(again.byteLength).toBe(bytes.byteLength);
    expect(again.every((b, i) => b === bytes[i])).toBe(true);
  });
});
