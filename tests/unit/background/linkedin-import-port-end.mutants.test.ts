import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src/shared/base64';
import { buildLinkedInZip, generateExport } from '../storage/linkedin-export';
import { fakeDeps, openImportPort, type TestDeps } from './fake-deps';

// An upload whose import had progress to tell before its end: that progress is posted once, at the
// first end, and an end sent again after the summary posts nothing.

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('an end sent twice after progress was held', () => {
  it('posts the held progress once, then the summary, and nothing for the second end', async () => {
    const { replies, send } = openImportPort(deps);
    const zip = buildLinkedInZip(generateExport(20, 60));
    for (let at = 0; at < zip.length; at += 1000) send({ type: 'chunk', data: bytesToBase64(zip.subarray(at, at + 1000)) });
    await wait(200);
    expect(replies).toEqual([]);
    send({ type: 'end' });
    await expect.poll(() => replies.at(-1)?.type, { timeout: 10_000 }).toBe('done');
    expect(replies[0]).toMatchObject({ type: 'progress', phase: 'unzip' });
    const posted = replies.length;
    send({ type: 'end' });
    await wait(100);
    expect(replies).toHaveLength(posted);
  });
});
