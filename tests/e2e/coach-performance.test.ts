import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from './harness';
import { DRAFT_CHARS, measureTyping, TYPED_CHARS, TYPING_PATH } from './coach-typing';

describe('typing speed with Rapport coaching', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { [TYPING_PATH]: 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it(`types ${TYPED_CHARS} characters into a ${DRAFT_CHARS}-character draft with no long task, a sub-millisecond input handler and the warning within 100 ms`, async () => {
    const figures = await measureTyping(rapport);
    console.log(`typing: ${figures.keystrokes} keystrokes, long tasks [${figures.longTasks.map((d) => d.toFixed(0)).join(', ')}], `
      + `input handler p95 ${figures.handlerP95.toFixed(3)} ms (max ${figures.handlerMax.toFixed(3)}), `
      + `warning in the DOM ${figures.warningInDomMs.toFixed(1)} ms and painted ${figures.warningPaintedMs.toFixed(1)} ms after its input`);
    expect(figures.keystrokes).toBeGreaterThanOrEqual(TYPED_CHARS);
    expect(figures.longTasks).toEqual([]);
    expect(figures.handlerP95).toBeLessThan(1);
    expect(figures.warningPaintedMs).toBeLessThan(100);
    expect(rapport.consoleErrors).toEqual([]);
  });
});
