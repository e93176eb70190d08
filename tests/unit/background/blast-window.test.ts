import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/rules/engine';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { defaultAppSettings, type AppSettings } from '../../../src/shared/settings';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

const DAY = 86_400_000;
const template = (name: string): string =>
  `Hi ${name}, thanks for connecting! I'm always keen to meet people in fintech. What's the biggest challenge on your plate this quarter?`;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

/** The template sent to five people `daysAgo` days ago, as the content script records sends. */
async function blastSent(daysAgo: number): Promise<void> {
  for (const name of ['mark', 'sofia', 'daniel', 'yusuf', 'emma']) {
    await data({ type: 'interaction.record', contactId: name, kind: 'sent', surface: 'message', text: template(name), at: deps.clock.now - daysAgo * DAY }, FROM_LINKEDIN);
  }
}

async function withWindow(days: number): Promise<AppSettings> {
  const settings = defaultAppSettings();
  settings.engine.rules['copy-paste-blast'].thresholds.blastWindowDays = days;
  return (await data({ type: 'settings.set', settings })).settings;
}

/** What the coach shows for the next copy, from the context the background hands the content script. */
async function blastFindings(settings: AppSettings): Promise<number> {
  const stored = await data({ type: 'context.get', contactId: 'laura' }, FROM_LINKEDIN);
  const ctx = { ...stored, surface: 'message' as const, recipientName: 'Laura', account: 'free' as const };
  return analyze(template('laura'), ctx, settings.engine).filter((f) => f.rule === 'copy-paste-blast').length;
}

describe('blastWindowDays (copy-paste-blast): how far back "recently sent" reaches', () => {
  it('by default (30 days) a template sent 40 days ago is history, not a blast in progress', async () => {
    await blastSent(40);
    expect((await data({ type: 'context.get', contactId: 'laura' }, FROM_LINKEDIN)).recentSent).toEqual([]);
    expect(await blastFindings(defaultAppSettings())).toBe(0);
  });

  it('set to 60 days, the same sends count and the next copy is flagged', async () => {
    await blastSent(40);
    const settings = await withWindow(60);
    expect((await data({ type: 'context.get', contactId: 'laura' }, FROM_LINKEDIN)).recentSent).toHaveLength(5);
    expect(await blastFindings(settings)).toBe(1);
  });

  it('set to 7 days, sends from 10 days ago no longer count', async () => {
    await blastSent(10);
    expect(await blastFindings(defaultAppSettings())).toBe(1);
    const settings = await withWindow(7);
    expect((await data({ type: 'context.get', contactId: 'laura' }, FROM_LINKEDIN)).recentSent).toEqual([]);
    expect(await blastFindings(settings)).toBe(0);
  });
});
