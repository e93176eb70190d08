import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, waitFor, type Rapport } from './harness';
import { shownRules } from './coach-support';

/** Thread served by the caller at this path (fixture coach-thread.html). */
export const STARTUP_PATH = '/messaging/thread/2-startup/';

export interface StartupFigures {
  gzipBytes: number;
  /** compile + top-level run of the content script, from Chromium's trace (EvaluateScript): wall time */
  evaluateMs: number;
  /**
   * The same on the main thread's CPU clock (the event's thread duration): on a loaded machine the
   * wall time also counts whatever preempted the renderer (11 ms quiet read 21 ms under load).
   */
  evaluateCpuMs: number;
  /** the longest single call into the content script until the first finding shows (the engine's first analysis) */
  longestCallMs: number;
}

interface TraceEvent { name: string; dur?: number; tdur?: number; args?: { data?: { url?: string } } }

/** Opens a thread whose draft already holds a finding and reads Chromium's trace of the content script. */
export async function measureStartup(rapport: Rapport): Promise<StartupFigures> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const file = manifest.content_scripts[0]?.js[0] ?? '';
  const gzipBytes = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

  const page = await rapport.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(`https://www.linkedin.com${STARTUP_PATH}`);
  await page.locator('[role="textbox"]').evaluate((editor) => {
    editor.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Hi {first_name}, can I book a demo call to show you our product?' }));
  });
  await waitFor(async () => (await shownRules(cdp)).includes('unfilled-placeholder'), 10_000, 'the first finding');
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const ours = events.filter((e) => e.args?.data?.url === `chrome-extension://${rapport.extensionId}/${file}`);
  const ms = (e: TraceEvent | undefined) => (e?.dur ?? 0) / 1000;
  const evaluate = ours.find((e) => e.name === 'EvaluateScript');
  return {
    gzipBytes,
    evaluateMs: ms(evaluate),
    evaluateCpuMs: (evaluate?.tdur ?? 0) / 1000,
    longestCallMs: Math.max(0, ...ours.filter((e) => e.name === 'FunctionCall').map(ms)),
  };
}
