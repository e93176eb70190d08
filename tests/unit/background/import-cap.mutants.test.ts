import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LINKEDIN_IMPORT_MAX_BYTES, tooLargeForLinkedInExport } from '../../../src/shared/protocol';
import { fakeDeps, openImportPort, type TestDeps } from './fake-deps';

// The worker's 256 MB cap on an upload, at its boundary, without holding 256 MB: a chunk named
// here decodes to bytes that only claim their length (the port keeps them until `end`, never reads them).
const claimed = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../src/shared/base64', async (original) => {
  const actual = await original<typeof import('../../../src/shared/base64')>();
  return {
    ...actual,
    base64ToBytes: (data: string): Uint8Array => {
      const length = claimed.get(data);
      return length === undefined ? actual.base64ToBytes(data) : Object.defineProperty(new Uint8Array(0), 'length', { value: length });
    },
  };
});

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
  claimed.clear();
});
afterEach(() => deps.provider.close());

describe('the size of an upload', () => {
  it('up to the cap exactly is taken; one byte past it is refused with the size, and the rest is ignored', async () => {
    claimed.set('AAAA', LINKEDIN_IMPORT_MAX_BYTES - 1).set('AAAB', 1).set('AAAC', 1);
    const port = openImportPort(deps);
    port.send({ type: 'chunk', data: 'AAAA' });
    port.send({ type: 'chunk', data: 'AAAB' });
    expect(port.replies).toEqual([]);
    port.send({ type: 'chunk', data: 'AAAC' });
    expect(port.replies).toEqual([{ type: 'error', error: { code: 'invalid_request', message: tooLargeForLinkedInExport(null) } }]);
    port.send({ type: 'end' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.replies).toHaveLength(1);
    expect(await (await deps.db()).count('contacts')).toBe(0);
  });
});
