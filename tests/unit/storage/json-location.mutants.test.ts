import { describe, expect, it } from 'vitest';
import { lineAndColumn, positionOfJsonError } from '../../../src/storage/json-location';

function parseError(source: string): string {
  try {
    JSON.parse(source);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected invalid JSON');
}

describe('line and column of a position', () => {
  it('counts lines by their breaks and columns from 1', () => {
    const source = 'ab\ncde\n\nf';
    expect(lineAndColumn(source, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(source, 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn(source, 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(source, 5)).toEqual({ line: 2, column: 3 });
    expect(lineAndColumn(source, 7)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn(source, 8)).toEqual({ line: 4, column: 1 });
  });

  it('clamps a position past the end to the end', () => {
    expect(lineAndColumn('ab\nc', 99)).toEqual({ line: 2, column: 2 });
  });
});

describe('where JSON.parse gave up', () => {
  it('reads "at position N" (Chrome, and newer V8 for most errors)', () => {
    expect(positionOfJsonError('{"a": 1', 'Expected \',\' or \'}\' after property value in JSON at position 7 (line 1 column 8)')).toBe(7);
    expect(positionOfJsonError('[1]]', parseError('[1]]'))).toBe(3);
  });

  it('puts an unexpected end at the end of the source', () => {
    expect(positionOfJsonError('{"a": [1, 2', 'Unexpected end of JSON input')).toBe(11);
  });

  it('finds the token V8 quotes with context on both sides', () => {
    const source = '{"aaaaaaaaaaaaaaaaaaaaaaa": x, "bbbbbbbbbbbbbbbbbbbbbbbbbbbb": 1}';
    expect(positionOfJsonError(source, parseError(source))).toBe(source.indexOf('x'));
  });

  it('finds the token V8 quotes with context before it only', () => {
    const source = '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15, x';
    expect(positionOfJsonError(source, parseError(source))).toBe(source.indexOf('x'));
  });

  it('finds the token V8 quotes with context after it only', () => {
    for (const source of ['x"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', '[1, x"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"']) {
      expect(positionOfJsonError(source, parseError(source))).toBe(source.indexOf('x'));
    }
  });

  it('gives no position when the quote is the whole source, is not in it, or the message is another one', () => {
    expect(positionOfJsonError('{"a": x}', parseError('{"a": x}'))).toBeNull();
    expect(positionOfJsonError('{"b": y}', `Unexpected token 'x', ..."aaaaaaa": x, "bbbbbb"... is not valid JSON`)).toBeNull();
    expect(positionOfJsonError('x', `Unexpected token 'x', "x" is not JSON`)).toBeNull();
    expect(positionOfJsonError('x', `Some token 'x', "x" is not valid JSON`)).toBeNull();
    expect(positionOfJsonError('x', 'at position z')).toBeNull();
  });
});
