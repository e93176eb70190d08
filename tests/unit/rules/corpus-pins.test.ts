import { describe, expect, it } from 'vitest';
import { pairKeys, parseSample, pinProblems, pinsOf, textHash } from '../../corpus/evaluate';

const line = (id: string, text: string): string => JSON.stringify({ id, origin: 'hand:test', text, labels: [] });
const sample = (id: string, text: string) => parseSample(line(id, text), { file: 'xx.jsonl', line: 1, lang: 'xx' });

describe('hold-out pins', () => {
  const samples = [sample('xx-2', 'Hej Ola, tack för sist!'), sample('xx-1', 'Salut Ana, mulțumesc!')];

  it('are id, tab, sha256 of the text, sorted by id', () => {
    expect(pinsOf(samples)).toBe(`xx-1\t${textHash('Salut Ana, mulțumesc!')}\nxx-2\t${textHash('Hej Ola, tack för sist!')}\n`);
    expect(textHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agree with unchanged lines and name every difference by id', () => {
    const pins = pinsOf(samples);
    expect(pinProblems(samples, pins)).toEqual([]);
    expect(pinProblems([sample('xx-1', 'Salut Ana, multumesc!'), sample('xx-3', 'Hi')], pins))
      .toEqual(['xx-1: text differs from its pin', 'xx-3: not pinned', 'xx-2: pinned but missing']);
  });
});

describe('pairs', () => {
  it('are lines sharing a pair value, or a line and the one whose id its pair names', () => {
    const line = (id: string, pair?: string) => parseSample(JSON.stringify({ id, text: 'Hi', labels: [], ...(pair ? { pair } : {}) }), { file: 'xx.jsonl', line: 1, lang: 'xx' });
    const samples = [line('a'), line('b', 'a'), line('c', 'p1'), line('d', 'p1'), line('e')];
    const keyOf = pairKeys(samples);
    expect(samples.map(keyOf)).toEqual(['a', 'a', 'p1', 'p1', null]);
  });
});
