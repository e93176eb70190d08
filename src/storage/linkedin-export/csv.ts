export type CsvRecord = Record<string, string>;

/** A record's cell in `column`, '' where the file's header has no such column (the export's columns changed over the years). */
export function cell(record: CsvRecord, column: string): string {
  return record[column] ?? '';
}

export interface CsvLimits {
  /** Characters kept of one field; the rest is read past, never held. */
  fieldChars: number;
  /** Cells kept of one row; LinkedIn's files have ten at most. */
  cells: number;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the end of the field, or the first half of `""`. */
  QuoteInQuoted,
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser (comma, `"` quotes, `""` escapes, CRLF/LF/CR line breaks) fed
 * text in chunks of any size. Every character is looked at once (the one after a closing quote
 * twice), whichever chunk it arrives in, so time is linear in the input however long a field is
 * (papaparse re-parses a row that spans chunks from its start: quadratic in a 50 MB field). A
 * field is held up to `fieldChars` and a row up to `cells`, so memory does not grow with a hostile
 * field either. Rows whose cells are all blank are skipped, which also makes `\r\n` one line
 * break: the empty line between its two halves is such a row. Lenient like papaparse: a quote
 * inside an unquoted field is a character, and text after a closing quote joins the field.
 */
export class CsvParser {
  private state = State.FieldStart;
  private row: string[] = [];
  private pieces: string[] = [];
  private length = 0;

  constructor(
    private readonly onRow: (cells: string[]) => void,
    private readonly limits: CsvLimits,
  ) {}

  push(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case State.FieldStart:
          if (text.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            i += 1;
          } else this.state = State.Unquoted;
          break;
        case State.Unquoted: {
          let j = i;
          let c = 0;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j += 1;
          }
          this.append(text, i, j);
          if (j === n) return;
          this.delimiter(c);
          i = j + 1;
          break;
        }
        case State.Quoted: {
          const j = text.indexOf('"', i);
          if (j < 0) {
            this.append(text, i, n);
            return;
          }
          this.append(text, i, j);
          this.state = State.QuoteInQuoted;
          i = j + 1;
          break;
        }
        case State.QuoteInQuoted:
          // `""` is a quote; anything else is read on as unquoted: a delimiter ends the field there.
          if (text.charCodeAt(i) === QUOTE) {
            this.append('"', 0, 1);
            this.state = State.Quoted;
            i += 1;
          } else this.state = State.Unquoted;
          break;
      }
    }
  }

  /** The end of the input: a last row without a line break still counts (input ending on one leaves a blank row, skipped). */
  end(): void {
    this.endField();
    this.endRow();
  }

  /** A comma ends the field; a line break (`\n` or `\r`) ends the row too. */
  private delimiter(c: number): void {
    this.endField();
    if (c !== COMMA) this.endRow();
    this.state = State.FieldStart;
  }

  private append(text: string, from: number, to: number): void {
    const room = this.limits.fieldChars - this.length;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: keeps empty pieces (a chunk of a hostile field past its limit) out of memory; no output differs.
    if (room <= 0 || to <= from) return;
    const end = Math.min(to, from + room);
    this.pieces.push(text.slice(from, end));
    this.length += end - from;
  }

  private endField(): void {
    let value = this.pieces.length === 1 ? (this.pieces[0] ?? '') : this.pieces.join('');
    // Clipped between the halves of a surrogate pair (in valid text nothing else ends on a high one).
    if (this.length >= this.limits.fieldChars && isHighSurrogate(value.charCodeAt(value.length - 1))) value = value.slice(0, -1);
    if (this.row.length < this.limits.cells) this.row.push(value);
    this.pieces = [];
    this.length = 0;
  }

  private endRow(): void {
    const row = this.row;
    this.row = [];
    if (row.some((cell) => cell.trim() !== '')) this.onRow(row);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * What records inherit from: nothing at all, so a hostile header such as `__proto__` is just a key
 * and no `toString` is ever read as a cell. Not `Object.create(null)` per record: V8 keeps those in
 * dictionary mode, at 2.6 times the memory for 500,000 rows.
 */
const RECORD_BASE: object = Object.create(null);

/**
 * Turns cell arrays into objects keyed by the header: the first row that holds `firstColumn`
 * (Connections.csv opens with "Notes:" lines before it).
 */
export function recordsAfterHeader(firstColumn: string, onRecord: (record: CsvRecord) => void): (cells: string[]) => void {
  let header: string[] | null = null;
  return (cells) => {
    if (!header) {
      if (cells.some((cell) => cell.trim() === firstColumn)) header = cells.map((cell) => cell.trim());
      return;
    }
    const record = Object.create(RECORD_BASE) as CsvRecord;
    header.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    onRecord(record);
  };
}
