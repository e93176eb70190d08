import { describe, expect, it } from 'vitest';
import { clip } from '../../../src/shared/clip';
import { clipText } from '../../../src/storage/text';

describe('clipping text to a limit', () => {
  it.each([['shared', clip], ['storage', clipText]] as const)('%s: never cuts a surrogate pair in two', (_label, cut) => {
    const name = `${'a'.repeat(299)}😀`;
    expect(cut(name, 300)).toBe('a'.repeat(299));
    expect(cut(name, 301)).toBe(name);
    expect(cut('Zoë 😀 Li', 5)).toBe('Zoë ');
    expect(cut('short', 300)).toBe('short');
    for (let max = 1; max < 12; max += 1) expect(cut('😀'.repeat(6), max)).not.toMatch(/[\uD800-\uDBFF]$/u);
  });
});
