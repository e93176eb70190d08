import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from './harness';
import { DRAFT_CHARS, measureTyping, TYPED_CHARS, TYPING_PATH } from './coach-typing';

// The wall-clock budgets (no long task, input handler p95 < 1 ms, warning painted within 100 ms)
// are `npm run bench` rows: on a loaded two-core machine they measure the machine. Here: the behaviour.
describe('typing with Rapport coaching', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { [TYPING_PATH]: 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it(`every one of ${TYPED_CHARS} keystrokes into a ${DRAFT_CHARS}-character draft reaches the editor and the warning shows for the pitch typed last`, async () => {
    const figures = await measureTyping(rapport);
    console.log(`typing: ${figures.keystrokes} keystrokes, long tasks [${figures.longTasks.map((d) => d.toFixed(0)).join(', ')}], `
      + `input handler p95 ${figures.handlerP95.toFixed(3)} ms, warning painted ${figures.warningPaintedMs.toFixed(1)} ms after its input (budgets: npm run bench)`);
    expect(figures.keystrokes).toBeGreaterThanOrEqual(TYPED_CHARS);
    expect(Number.isFinite(figures.warningPaintedMs)).toBe(true);
    expect(figures.warningPaintedMs).toBeGreaterThan(0);
    expect(rapport.consoleErrors).toEqual([]);
  });
});
