import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CsvParser, recordsAfterHeader, type CsvRecord } from '../../../src/storage/linkedin-export/csv';
import { seeded } from './generate-store';

// The parser behind every LinkedIn import, at sizes a unit test (and Stryker) can afford:
// linkedin-limits.test.ts measures it on 50 MB fields and ZIP bombs.

const UNLIMITED = { fieldChars: Infinity, cells: Infinity };

function parse(text: string | string[], limits = UNLIMITED): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser((row) => rows.push(row), limits);
  for (const chunk of typeof text === 'string' ? [text] : text) parser.push(chunk);
  parser.end();
  return rows;
}

/** Every way of cutting `text` into two chunks, and one character at a time. */
function everyCut(text: string): string[][] {
  const cuts = Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
  return [...cuts, [...text]];
}

describe('the CSV parser, row by row', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks, wherever the chunks are cut', () => {
    const text = 'a,"b,c","say ""hi""\nthere"\r\nd,"",e\rf,g,h\n';
    const expected = [['a', 'b,c', 'say "hi"\nthere'], ['d', '', 'e'], ['f', 'g', 'h']];
    for (const chunks of everyCut(text)) expect(parse(chunks), JSON.stringify(chunks)).toEqual(expected);
  });

  it('takes CR LF as one line break, and CR CR as a blank line between rows', () => {
    expect(parse('a\r\nb\r\rc')).toEqual([['a'], ['b'], ['c']]);
    expect(parse(['a\r', '\nb'])).toEqual([['a'], ['b']]);
    expect(parse(['a\r', 'b'])).toEqual([['a'], ['b']]);
  });

  it('is lenient like papaparse: a quote inside an unquoted field is a character, text after a closing quote joins the field', () => {
    expect(parse('ab"c,d\n')).toEqual([['ab"c', 'd']]);
    expect(parse('"ab"c,d\n')).toEqual([['abc', 'd']]);
  });

  it('skips rows whose cells are all blank, and keeps a row with one cell of text', () => {
    expect(parse('a,b\n\n , \n,x\n\n')).toEqual([['a', 'b'], ['', 'x']]);
  });

  it('counts a last row without a line break, and nothing for input that ends on one', () => {
    expect(parse('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parse('a,b\nc,')).toEqual([['a', 'b'], ['c', '']]);
    expect(parse('a,b\r')).toEqual([['a', 'b']]);
    expect(parse('a,b\n"')).toEqual([['a', 'b']]);
    expect(parse('a,b\n"c')).toEqual([['a', 'b'], ['c']]);
    expect(parse('')).toEqual([]);
  });

  it('ends a row at the end even when it opened with an empty first field', () => {
    expect(parse(',x')).toEqual([['', 'x']]);
    expect(parse('"x"')).toEqual([['x']]);
  });

  it('reads what papaparse reads, for random rows cut into random chunks', () => {
    const rand = seeded(5);
    const pieces = ['a', 'b c', ',', '"', '""', '\n', '\r\n', '\r', 'é', '😀', ' '];
    for (let round = 0; round < 60; round += 1) {
      const rows = Array.from({ length: 1 + Math.floor(rand() * 5) }, () =>
        Array.from({ length: 3 }, () => Array.from({ length: Math.floor(rand() * 5) }, () => pieces[Math.floor(rand() * pieces.length)]).join('')),
      );
      const text = Papa.unparse(rows, { newline: rand() < 0.5 ? '\n' : '\r\n' });
      const expected = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
      const chunks: string[] = [];
      for (let i = 0; i < text.length; ) {
        const size = 1 + Math.floor(rand() * 5);
        chunks.push(text.slice(i, i + size));
        i += size;
      }
      expect(parse(chunks)).toEqual(expected);
    }
  });
});

describe('the CSV parser’s limits', () => {
  it('keeps exactly fieldChars characters of a field, quoted or not, across chunks', () => {
    const limits = { fieldChars: 4, cells: 10 };
    expect(parse(['abc', 'defg,hi', 'jklm\n'], limits)).toEqual([['abcd', 'hijk']]);
    expect(parse(['"ab', 'cdef",', '"g""hij"\n'], limits)).toEqual([['abcd', 'g"hi']]);
    expect(parse('abcd,efgh\n', limits)).toEqual([['abcd', 'efgh']]);
  });

  it('drops a high surrogate left at the clip, and keeps a whole pair that fits', () => {
    expect(parse('ab😀,x\n', { fieldChars: 3, cells: 10 })).toEqual([['ab', 'x']]);
    expect(parse('a😀,x\n', { fieldChars: 3, cells: 10 })).toEqual([['a😀', 'x']]);
    // A lone high surrogate that is not at the clip stays: only the clip cuts pairs.
    expect(parse('a\uD83D,x\n', { fieldChars: 3, cells: 10 })).toEqual([['a\uD83D', 'x']]);
  });

  it('knows every high surrogate at the clip, from U+10000’s to U+10FFFF’s, and nothing either side of them', () => {
    const clip = (field: string): string | undefined => parse(`${field},x\n`, { fieldChars: 2, cells: 10 })[0]?.[0];
    expect(clip('a\u{10000}')).toBe('a');
    expect(clip('a\u{10FFFF}')).toBe('a');
    expect(clip('a\uD7FFb')).toBe('a\uD7FF');
    expect(clip('a\uDC00b')).toBe('a\uDC00');
  });

  it('keeps exactly `cells` cells of a row', () => {
    expect(parse('a,b,c,d\ne,f\n', { fieldChars: 10, cells: 2 })).toEqual([['a', 'b'], ['e', 'f']]);
  });
});

describe('records after the header', () => {
  function records(rows: string[][], firstColumn: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const onRow = recordsAfterHeader(firstColumn, (r) => out.push(r));
    for (const row of rows) onRow(row);
    return out;
  }

  it('skips the preamble up to the row that holds the first column, trims header names, and fills missing cells with ""', () => {
    const out = records([['Notes:'], ['"When exporting…"'], [' First Name ', 'Last Name '], ['Jo', 'Doe', 'extra'], ['Al']], 'First Name');
    expect(out.map((r) => ({ ...r }))).toEqual([{ 'First Name': 'Jo', 'Last Name': 'Doe' }, { 'First Name': 'Al', 'Last Name': '' }]);
  });

  it('yields nothing when no row holds the first column', () => {
    expect(records([['a', 'b'], ['c', 'd']], 'First Name')).toEqual([]);
  });

  it('inherits nothing, so a header such as toString or __proto__ is an ordinary key', () => {
    const [record] = records([['id', '__proto__', 'toString'], ['1', 'p', 't']], 'id');
    expect(record && Object.keys(record)).toEqual(['id', '__proto__', 'toString']);
    expect(record?.['__proto__']).toBe('p');
    expect(record?.['hasOwnProperty']).toBeUndefined();
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });
});
