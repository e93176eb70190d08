import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/rules/types';
import { pieces } from '../../../src/ui/Highlighted';

const finding = (start: number, end: number, severity: Finding['severity']): Finding => ({
  rule: 'early-pitch', severity, start, end, message: '', suggestion: '',
});

describe('highlighted evidence', () => {
  it('keeps every character, in order, whatever the findings', () => {
    const text = 'Hi Ana, we help teams like yours. Book a demo?';
    const out = pieces(text, [finding(8, 32, 'warning'), finding(34, 46, 'info'), finding(40, 200, 'error')]);
    expect(out.map((p) => p.text).join('')).toBe(text);
  });

  it('marks only the evidence, and the most severe finding wins where two overlap', () => {
    const out = pieces('abcdefgh', [finding(1, 5, 'info'), finding(3, 7, 'error')]);
    expect(out).toEqual([
      { text: 'a', severity: null },
      { text: 'bc', severity: 'info' },
      { text: 'de', severity: 'error' },
      { text: 'fg', severity: 'error' },
      { text: 'h', severity: null },
    ]);
  });

  it('ignores empty evidence, which some whole-message rules report', () => {
    expect(pieces('abc', [finding(0, 0, 'error')])).toEqual([{ text: 'abc', severity: null }]);
  });
});
