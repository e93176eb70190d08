import { isolatedWorlds, waitFor, type Rapport } from './harness';

export const DRAFT_CHARS = 2_000;
export const TYPED_CHARS = 500;
/** Thread served by the caller at this path (fixture coach-thread.html). */
export const TYPING_PATH = '/messaging/thread/2-typing/';

export interface TypingFigures {
  /** durations of the page's long tasks (> 50 ms) while typing */
  longTasks: number[];
  /** time spent in capture-phase input handling before the event reaches the editor, per keystroke */
  handlerP95: number;
  handlerMax: number;
  keystrokes: number;
  /** from the input that completed the pitch to the panel in the page, and to the next frame after it */
  warningInDomMs: number;
  warningPaintedMs: number;
}

const CLEAN = 'Thanks for the thoughtful reply about your team and the way you plan releases each quarter. ';
const PITCH = 'Could I book a quick demo call to show you our product and pricing next week? ';

function text(length: number, ending = ''): string {
  const body = CLEAN.repeat(Math.ceil(length / CLEAN.length)).slice(0, length - ending.length);
  return body + ending;
}

/**
 * Types 500 characters, as fast as key events can be sent, at the end of a 2,000-character draft.
 * The typed text ends with a pitch, so the warning's latency is measured on the same run.
 */
export async function measureTyping(rapport: Rapport): Promise<TypingFigures> {
  const page = await rapport.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const worlds = await isolatedWorlds(page, rapport.extensionId);
  await page.goto(`https://www.linkedin.com${TYPING_PATH}`);
  await waitFor(() => worlds.contextIds().length > 0, 10_000, 'the content script');

  await page.locator('[role="textbox"]').evaluate((editor, draft) => {
    editor.replaceChildren(...draft.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text(DRAFT_CHARS).replace(/(.{400}) /g, '$1\n'));
  await page.locator('[role="textbox"]').click();
  await page.keyboard.press('Control+End');
  await new Promise((r) => setTimeout(r, 300));

  // Inside the content script's world: the span from the first capture listener (window) to the
  // editor's own listeners holds Rapport's input handler (on the composer's scope, capture phase).
  await worlds.evaluate(`(() => {
    const editor = document.querySelector('[role="textbox"]');
    const samples = [];
    let start = 0;
    window.addEventListener('input', () => { start = performance.now(); }, true);
    editor.addEventListener('input', () => samples.push(performance.now() - start));
    globalThis.typingSamples = samples;
  })()`);
  // In the page's world: when each input happened and when the warning host entered the page.
  await page.evaluate(() => {
    const w = window as unknown as { inputs: number[]; shownAt: Promise<[number, number]> };
    w.inputs = [];
    document.querySelector('[role="textbox"]')?.addEventListener('input', () => w.inputs.push(performance.now()));
    const form = document.querySelector('form') as Node;
    w.shownAt = new Promise((resolve) => {
      const watch = new MutationObserver(() => {
        const inDom = performance.now();
        watch.disconnect();
        requestAnimationFrame(() => resolve([inDom, performance.now()]));
      });
      watch.observe(form, { childList: true });
    });
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
  });

  await page.keyboard.type(text(TYPED_CHARS, PITCH));
  const [inDom, painted] = await page.evaluate(() => (window as unknown as { shownAt: Promise<[number, number]> }).shownAt);
  await new Promise((r) => setTimeout(r, 500));
  const { inputs, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { inputs: number[]; longTasks: number[] };
    return { inputs: [...w.inputs], longTasks: [...w.longTasks] };
  });
  const samples = (await worlds.evaluate<number[]>('globalThis.typingSamples')).sort((a, b) => a - b);
  const cause = Math.max(...inputs.filter((t) => t <= inDom));
  await page.close();
  return {
    longTasks,
    handlerP95: samples[Math.floor(samples.length * 0.95)] ?? Infinity,
    handlerMax: samples.at(-1) ?? Infinity,
    keystrokes: samples.length,
    warningInDomMs: inDom - cause,
    warningPaintedMs: painted - cause,
  };
}
