import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('check --jsonl as a co-process', () => {
  it('answers each line while standard input stays open: output is gathered, never held back for more input', async () => {
    const child = spawn(process.execPath, ['scripts/check.mjs', '--jsonl'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    const waiters: (() => void)[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { stdout += chunk; for (const wake of waiters.splice(0)) wake(); });
    const lines = async (n: number): Promise<string[]> => {
      while (stdout.split('\n').filter((l) => l !== '').length < n) await new Promise<void>((wake) => waiters.push(wake));
      return stdout.split('\n').filter((l) => l !== '');
    };
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'We help agencies grow. Can I book a demo?' })}\n`);
    expect((await lines(1)).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['first']);
    child.stdin.write(`${JSON.stringify({ id: 'second', text: 'Loved your talk.' })}\n`);
    expect((await lines(2)).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['first', 'second']);
    const status = new Promise<number | null>((done) => child.on('close', done));
    child.stdin.end();
    expect(await status).toBe(1);
  }, 60_000);
});
