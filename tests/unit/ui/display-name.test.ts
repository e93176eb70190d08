import { describe, expect, it } from 'vitest';
import { displayName, neutralise } from '../../../src/ui/display-name';

describe('names shown in lists', () => {
  it('lose the bidi controls that would reorder them', () => {
    expect(neutralise('Ana\u202EnhoJ')).toBe('AnanhoJ');
    expect(neutralise('\u2067Mallory\u2069 \u200FBob')).toBe('Mallory Bob');
  });

  it('lose the invisible characters that make two people look alike', () => {
    expect(neutralise('An\u200Ba')).toBe('Ana');
    expect(neutralise('\uFEFFAna\u2060')).toBe('Ana');
    expect(neutralise('A\u200Dna\u200C')).toBe('Ana');
    expect(neutralise('Jo\u00ADhn')).toBe('John');
  });

  it('keep the joiners that shape real names and emoji', () => {
    expect(neutralise('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(neutralise('👩\u200D💻 Ana')).toBe('👩\u200D💻 Ana');
    expect(neutralise('محمد علي')).toBe('محمد علي');
  });

  it('fall back to the id when nothing visible is left', () => {
    expect(displayName({ id: 'ana-1', name: '\u202E\u200B' })).toBe('ana-1');
    expect(displayName({ id: 'ana-1', name: 'Zoë' })).toBe('Zoë');
    expect(displayName({ id: 'x', name: 'محمد\u202E' })).toBe('محمد');
  });
});
