import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { waitFor } from './harness';

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm run demo` itself, or (to signal it directly, without npm in between) its script. */
function demo(args: string[], env: NodeJS.ProcessEnv, through: 'npm' | 'node' = 'node'): Run {
  const [command, base] = through === 'npm' ? ['npm', ['run', '--silent', 'demo', '--']] : [process.execPath, ['scripts/demo.mjs']];
  const child = spawn(command, [...base, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, out: () => out, err: () => err, exit };
}

const withoutDisplay = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
};

describe('npm run demo', () => {
  it('says there is no display and exits non-zero when $DISPLAY is not set', async () => {
    const run = demo([], withoutDisplay(), 'npm');
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.err()).toMatch(/no display/u);
    expect(run.out()).toBe('');
  });

  it('headless: starts Chromium with the extension, serves the fixtures, prints what to try, and stops on Ctrl+C', async () => {
    const run = demo(['--headless'], withoutDisplay());
    try {
      await waitFor(() => run.out().includes('ready —') || run.child.exitCode !== null, 90_000, 'the demo to be ready');
      const out = run.out();
      expect(out, run.err()).toMatch(/^Rapport [a-p]{32} is loaded in Chromium/mu);
      expect(out).toContain('(served from tests/e2e/fixtures/coach-thread.html: "Messaging | LinkedIn")');
      expect(out).toContain('check: the practice page shows its composer');
      expect(out).toContain('check: the content script runs in https://www.linkedin.com/messaging/thread/2-rapport-demo/');
      expect(out).toContain('check: the content script runs in https://www.linkedin.com/in/priya-shah/');
      expect(out).toContain('What to try:');
      run.child.kill('SIGINT');
      const { code } = await run.exit;
      expect(code).toBe(0);
      expect(run.out()).toContain('Closed the browser and removed its temporary profile.');
      expect(run.out()).not.toContain('blocked requests');
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  }, 120_000);
});
