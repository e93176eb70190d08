import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function check(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/check.mjs', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string): unknown[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

describe('check --jsonl', () => {
  it('writes one JSON line per input line, in order, and exits 1 on a warning', () => {
    const input = [
      { id: 'a', text: 'Loved your talk on onboarding metrics.' },
      { id: 'b', text: 'We help agencies grow. Can I book a demo?', surface: 'invite-note' },
      { id: 3, text: 'Here are the photos from Saturday: https://acme.io/photos' },
    ].map((o) => JSON.stringify(o)).join('\n');
    const { status, stdout } = check(['--jsonl'], `${input}\n`);
    const out = jsonLines(stdout) as { id: unknown; findings: { rule: string; start: number; end: number; message: string; suggestion: string }[] }[];
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 3]);
    expect(out[0]?.findings).toEqual([]);
    expect(out[1]?.findings.map((f) => f.rule)).toEqual(['early-pitch', 'early-pitch']);
    expect(out[1]?.findings[0]).toMatchObject({ start: 0, end: 7, severity: 'warning' });
    expect(out[2]?.findings.map((f) => f.rule)).toEqual(['link-in-first-contact']);
    expect(status).toBe(1);
  });

  it('exits 0 when the only findings are info', () => {
    const { status, stdout } = check(['--jsonl'], '{"text":"Notes: https://acme.io/x"}\n');
    expect(jsonLines(stdout)).toHaveLength(1);
    expect(status).toBe(0);
  });

  it('reports malformed lines with their number, goes on, and exits 2', () => {
    const input = ['{"id":"ok","text":"Hi!"}', 'not json', '', '{"id":"x","text":42}', '{"id":"last","text":"We help"}'].join('\n');
    const { status, stdout } = check(['--jsonl'], input);
    const out = jsonLines(stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ id: 'ok', findings: [], promises: [] });
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(out[2]).toEqual({ id: null, line: 3, error: 'empty line' });
    expect(out[3]).toMatchObject({ id: null, line: 4, error: expect.stringContaining('text') as unknown });
    expect(out[4]).toMatchObject({ id: 'last' });
    expect(status).toBe(2);
  });

  it('keeps order over many lines and puts nothing but JSON on standard output', () => {
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? 'As we discussed, buddy' : 'Thanks!' })).join('\r\n');
    const { stdout } = check(['--jsonl'], input);
    const ids = jsonLines(stdout).map((o) => (o as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('works exactly as documented through npm', () => {
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--jsonl'], { cwd: root, input: '{"id":1,"text":"Hey buddy"}\n', encoding: 'utf8', timeout: 60_000 });
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const out = JSON.parse(lines[0] ?? '') as { id: number; findings: { rule: string }[] };
    expect(out.id).toBe(1);
    expect(out.findings.map((f) => f.rule)).toEqual(['assumed-closeness']);
    expect(result.status).toBe(1);
  });
});

describe('check --jsonl: promises', () => {
  it('reports each promise with its UTF-16 span and due date, resolved against "now"', () => {
    const text = "Great chat! I'll send you the report on Friday. Ik stuur je morgen het artikel.";
    const input = [
      { id: 'p', text, now: '2026-12-01T10:00:00Z' },
      { id: 'nodate', text: "I'll introduce you to Dana", now: '2026-12-01' },
      { id: 'ask', text: 'Could you send me the report by Friday?', now: '2026-12-01T10:00:00+01:00' },
    ].map((o) => JSON.stringify(o)).join('\n');
    const { status, stdout } = check(['--jsonl'], input);
    const out = jsonLines(stdout) as { id: string; findings: unknown[]; promises: { start: number; end: number; due: string | null }[] }[];
    expect(out[0]?.promises).toEqual([
      { start: 12, end: 46, due: '2026-12-04' },
      { start: 48, end: 78, due: '2026-12-02' },
    ]);
    expect(text.slice(12, 46)).toBe("I'll send you the report on Friday");
    expect(out[1]?.promises).toEqual([{ start: 0, end: 26, due: null }]);
    expect(out[2]?.promises).toEqual([]);
    expect(out.map((o) => o.findings)).toEqual([[], [], []]);
    expect(status).toBe(0);
  });

  it('"now" with an offset is read in that offset, then the due date is a UTC day', () => {
    // 23:30 on Friday 4 December in UTC-05:00 is 04:30 UTC on Saturday: "tomorrow" is Sunday the 6th.
    const { stdout } = check(['--jsonl'], JSON.stringify({ text: "I'll send it tomorrow", now: '2026-12-04T23:30:00-05:00' }));
    expect((jsonLines(stdout)[0] as { promises: { due: string }[] }).promises[0]?.due).toBe('2026-12-06');
  });

  it('without "now" the current time is used', () => {
    const today = (): string => new Date().toISOString().slice(0, 10);
    const before = today();
    const { stdout } = check(['--jsonl'], JSON.stringify({ text: "I'll send it today" }));
    const after = today();
    const [promise] = (jsonLines(stdout)[0] as { promises: { due: string }[] }).promises;
    // The run may straddle midnight UTC.
    expect([before, after]).toContain(promise?.due);
  });

  it('a malformed "now" is a malformed line', () => {
    const input = ['{"id":1,"text":"I\'ll send it today","now":"tomorrow"}', '{"id":2,"text":"x","now":"2026-02-30"}', '{"id":3,"text":"x","now":20261201}', '{"id":4,"text":"Hi"}'].join('\n');
    const { status, stdout } = check(['--jsonl'], input);
    const out = jsonLines(stdout) as Record<string, unknown>[];
    expect(out.slice(0, 3)).toEqual([
      { id: null, line: 1, error: 'now: expected an ISO 8601 date or date-time' },
      { id: null, line: 2, error: 'now: expected an ISO 8601 date or date-time' },
      expect.objectContaining({ id: null, line: 3 }),
    ]);
    expect(out[3]).toEqual({ id: 4, findings: [], promises: [] });
    expect(status).toBe(2);
  });
});

describe('check --jsonl: boundaries', () => {
  const text = 'Hi Noor, how did the Lisbon meetup go?';
  type Out = { id: unknown; findings: { rule: string; severity: string; start: number; end: number; message: string }[]; promises: unknown[] };

  it('awayUntil and otherChannel each give one info finding that names the date or the note; exit 0', () => {
    const input = [
      { id: 'away', text, awayUntil: '2026-12-14', now: '2026-12-01T10:00:00Z' },
      { id: 'channel', text, otherChannel: 'email only' },
      { id: 'none', text },
    ].map((o) => JSON.stringify(o)).join('\n');
    const { status, stdout } = check(['--jsonl'], `${input}\n`);
    const [away, channel, none] = jsonLines(stdout) as Out[];
    expect(away?.findings).toEqual([expect.objectContaining({ rule: 'boundary', severity: 'info', start: 0, end: text.length })]);
    expect(away?.findings[0]?.message).toContain('2026-12-14');
    expect(channel?.findings).toEqual([expect.objectContaining({ rule: 'boundary', severity: 'info' })]);
    expect(channel?.findings[0]?.message).toContain('email only');
    expect(none).toEqual({ id: 'none', findings: [], promises: [] });
    expect(status).toBe(0);
  });

  it('the absence holds through its last day and is over the day after, by "now"', () => {
    const input = ['2026-12-14T23:30:00Z', '2026-12-15T00:00:00Z'].map((now, i) => JSON.stringify({ id: i, text, awayUntil: '2026-12-14', now })).join('\n');
    const [last, after] = jsonLines(check(['--jsonl'], input).stdout) as Out[];
    expect(last?.findings.map((f) => f.rule)).toEqual(['boundary']);
    expect(after?.findings).toEqual([]);
  });

  it('a malformed awayUntil or an overlong otherChannel is a malformed line', () => {
    const input = [{ text, awayUntil: 'next week' }, { text, awayUntil: '2026-02-30' }, { text, otherChannel: 'x'.repeat(201) }].map((o) => JSON.stringify(o)).join('\n');
    const { status, stdout } = check(['--jsonl'], input);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({ id: null, line: 1, error: expect.stringContaining('awayUntil') as unknown }),
      expect.objectContaining({ id: null, line: 2, error: expect.stringContaining('awayUntil') as unknown }),
      expect.objectContaining({ id: null, line: 3, error: expect.stringContaining('otherChannel') as unknown }),
    ]);
    expect(status).toBe(2);
  });
});

describe('check FILE...', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-check-'));
  const template = join(dir, 'cold.txt');
  writeFileSync(template, 'Hi {first_name},\n\nGreat to meet you. We help teams like yours.\n');
  const clean = join(dir, 'clean.txt');
  writeFileSync(clean, 'Hi Sam, your talk on caching was great. What made you pick Redis?\n');

  it('prints file:line:col rule message and exits 1 on an error', () => {
    const { status, stdout } = check([template, clean]);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `${template}:1:4 unfilled-placeholder A template placeholder is still in the text, which tells them this is a mass message rather than a relationship.`,
      `${template}:3:20 early-pitch This pitches your offer before they know or trust you, one of networking's three deadly sins: pitching early.`,
    ]);
    expect(status).toBe(1);
  });

  it('takes the relationship from flags', () => {
    const { status, stdout } = check([template, '--connected-days', '400', '--received', '9', '--surface', 'message']);
    expect(stdout).not.toContain('early-pitch');
    expect(stdout).toContain('unfilled-placeholder');
    expect(status).toBe(1);
    expect(check([clean]).status).toBe(0);
  });

  it('exits 2 on an unreadable file or a bad option, with nothing on standard output', () => {
    const missing = check([join(dir, 'missing.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const bad = check([clean, '--surface', 'postcard']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(check([]).status).toBe(2);
  });
});
