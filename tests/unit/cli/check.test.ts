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
      { id: 3, text: 'Here is the deck: https://acme.io/deck' },
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
    expect(out[0]).toEqual({ id: 'ok', findings: [] });
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
