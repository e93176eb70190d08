import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyze, useLexicons, useModel } from '../rules/engine';
import { defaultLexicons } from '../rules/lexicon/default';
import { defaultModel } from '../rules/model/default';
import { findPromises } from '../rules/promises/detect';
import { defaultSettings, parseSettings, type Settings } from '../rules/settings';
import { surfaces, type Context, type Finding, type Surface } from '../rules/types';
import { parseLine } from './input';

export interface Io { stdin: Readable; stdout: Writable; stderr: Writable }

// The CLI carries the phrase lists itself (a LinkedIn page gets them from the extension's storage);
// scripts/cli-bundle.mjs writes their tables beside the bundle once and installs them in every run.
useLexicons(defaultLexicons);
export { lexiconTables, useLexiconTables } from '../rules/engine';

// Output lines are gathered and written together (a write per line costs more than the engine
// spends on a short message): once this many characters wait, and whenever the input read so far
// is done, so a tool that writes a line and waits for its answer still gets it at once.
const OUTPUT_CHUNK = 1 << 16;

const USAGE = `rapport check: relationship-first coaching for outreach messages

  check --jsonl [--settings FILE] < in.jsonl
      One JSON object per input line ({"id","text","surface","connectedDaysAgo","sent","received",
      "gave","asked","consentToMailing","recipientName","account","recentSent","now","awayUntil",
      "otherChannel"}; all but text optional; now is ISO 8601, default the current time, UTC when it
      names no offset; awayUntil YYYY-MM-DD, away through that day; otherChannel a short note), one
      {"id","findings","promises"} line out per line in, in order. promises: [{"start","end","due"}],
      the writer's commitments as UTF-16 offsets, due YYYY-MM-DD (UTC) or null when the text names
      no date. A malformed line yields {"id":null,"line":N,"error":"..."} and the run goes on.

  check FILE... [--surface message|invite-note|inmail] [--connected-days N] [--received N] [--sent N]
        [--gave N] [--consent yes|no] [--account free|premium] [--settings FILE]
      Lints template files, one message per file: file:line:col rule message

Exit status: 2 if any input was malformed or unreadable, else 1 if any warning or error was found
(info alone is fine), else 0.
`;

/** Info findings coach; warnings and errors fail a CI run. */
const fails = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity !== 'info');

interface Options { jsonl: boolean; files: string[]; context: Context; settings: Settings; help: boolean }

class UsageError extends Error {}

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number, got ${value ?? 'nothing'}`);
  return n;
}

function parseArgs(argv: readonly string[], stderr: Writable): Options {
  const context: Context = {
    surface: 'message', connectedDaysAgo: null, sent: 0, received: 0, gave: 0, asked: 0,
    consentToMailing: null, recipientName: null, account: 'free',
  };
  const options: Options = { jsonl: false, files: [], context, settings: defaultSettings(), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string | undefined => argv[++i];
    switch (arg) {
      case '--jsonl': options.jsonl = true; break;
      case '--help': case '-h': options.help = true; break;
      case '--surface': {
        const surface = value();
        if (!surfaces.includes(surface as Surface)) throw new UsageError(`--surface must be one of ${surfaces.join(', ')}`);
        context.surface = surface as Surface;
        break;
      }
      case '--connected-days': context.connectedDaysAgo = count(arg, value()); break;
      case '--received': context.received = count(arg, value()); break;
      case '--sent': context.sent = count(arg, value()); break;
      case '--gave': context.gave = count(arg, value()); break;
      case '--consent': {
        const consent = value();
        if (consent !== 'yes' && consent !== 'no') throw new UsageError('--consent must be yes or no');
        context.consentToMailing = consent === 'yes';
        break;
      }
      case '--account': {
        const account = value();
        if (account !== 'free' && account !== 'premium') throw new UsageError('--account must be free or premium');
        context.account = account;
        break;
      }
      case '--settings': {
        const file = value();
        if (file === undefined) throw new UsageError('--settings needs a file');
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`--settings ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const parsed = parseSettings(json);
        for (const issue of parsed.issues) stderr.write(`rapport: settings ${issue}\n`);
        options.settings = parsed.settings;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        options.files.push(arg);
    }
  }
  return options;
}

async function checkJsonl(options: Options, io: Io): Promise<number> {
  let malformed = false;
  let failed = false;
  let line = 0;
  let out = '';
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (out !== '') io.stdout.write(out);
    out = '';
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    const parsed = text.trim() === '' ? { ok: false as const, error: 'empty line' } : parseLine(text);
    if (!parsed.ok) {
      malformed = true;
      out += `${JSON.stringify({ id: null, line, error: parsed.error })}\n`;
    } else {
      const findings = analyze(parsed.input.text, parsed.input.context, options.settings);
      failed ||= fails(findings);
      // A promise is no fault: it never changes the exit status.
      const promises = findPromises(parsed.input.text, parsed.input.now);
      out += `${JSON.stringify({ id: parsed.input.id, findings, promises })}\n`;
    }
    // The lines of one chunk of input arrive in microtasks; setImmediate runs once they are all answered.
    if (out.length >= OUTPUT_CHUNK) flush();
    else if (!scheduled) { scheduled = true; setImmediate(flush); }
  }
  flush();
  return malformed ? 2 : failed ? 1 : 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

function checkFiles(options: Options, io: Io): number {
  let unreadable = false;
  let failed = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      unreadable = true;
      io.stderr.write(`rapport: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    const findings = analyze(text, options.context, options.settings);
    failed ||= fails(findings);
    const starts = lineStarts(text);
    for (const f of findings) {
      const { line, col } = position(starts, f.start);
      io.stdout.write(`${file}:${line}:${col} ${f.rule} ${f.message}\n`);
    }
  }
  return unreadable ? 2 : failed ? 1 : 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The CLI carries the learned layer's weights itself (the content script gets them from storage).
  useModel(defaultModel());
  let options: Options;
  try {
    options = parseArgs(argv, io.stderr);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`rapport: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stderr.write(USAGE);
    return 0;
  }
  if (options.jsonl) {
    if (options.files.length > 0) {
      io.stderr.write('rapport: --jsonl reads standard input; give no files\n');
      return 2;
    }
    return checkJsonl(options, io);
  }
  if (options.files.length === 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  return checkFiles(options, io);
}
