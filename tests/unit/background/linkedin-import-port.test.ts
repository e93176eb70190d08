import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleImportPort, type PortLike } from '../../../src/background/linkedin-import-port';
import { bytesToBase64 } from '../../../src/shared/base64';
import type { ImportPortReply } from '../../../src/shared/protocol';
import { buildLinkedInZip, generateExport } from '../storage/linkedin-export';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import type { MessageSender } from '../../../src/background/sender';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

class FakePort implements PortLike {
  readonly name = 'linkedin-import';
  readonly replies: ImportPortReply[] = [];
  disconnected = false;
  private listener: (message: unknown) => void = () => undefined;
  readonly onMessage = { addListener: (l: (message: unknown) => void) => { this.listener = l; } };
  readonly onDisconnect = { addListener: () => undefined };

  constructor(readonly sender: MessageSender) {}

  postMessage(message: ImportPortReply): void {
    this.replies.push(message);
  }

  disconnect(): void {
    this.disconnected = true;
  }

  send(message: unknown): void {
    this.listener(message);
  }

  async finished(): Promise<ImportPortReply> {
    for (let i = 0; i < 400; i += 1) {
      const last = this.replies.at(-1);
      if (last && last.type !== 'progress') return last;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no final reply');
  }
}

describe('the linkedin-import port', () => {
  it('takes the ZIP in base64 chunks, reports progress and a summary', async () => {
    const zip = buildLinkedInZip(generateExport(50, 200));
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    const half = Math.floor(zip.length / 2);
    port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(0, half)) });
    port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(half)) });
    port.send({ type: 'end' });
    const final = await port.finished();
    expect(final).toMatchObject({ type: 'done', summary: { connections: 50, messages: 200, me: 'pat-owner' } });
    expect(port.replies.some((r) => r.type === 'progress' && r.phase === 'messages')).toBe(true);
    expect(await (await deps.db()).count('contacts')).toBe(50);
  });

  it('refuses a connection from a LinkedIn page: only Rapport pages import', async () => {
    const port = new FakePort(FROM_LINKEDIN);
    handleImportPort(port, deps);
    expect(port.disconnected).toBe(true);
    expect(deps.logs.at(-1)).toMatch(/^dropped linkedin-import port/u);
  });

  it('a malformed chunk ends the import with a typed error and writes nothing', async () => {
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: 'not base64!!' });
    port.send({ type: 'end' });
    expect(await port.finished()).toMatchObject({ type: 'error', error: { code: 'invalid_request' } });
    expect(await (await deps.db()).count('contacts')).toBe(0);
  });

  it('a file that is not a LinkedIn export is an invalid_import error', async () => {
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: bytesToBase64(new TextEncoder().encode('hello')) });
    port.send({ type: 'end' });
    expect(await port.finished()).toMatchObject({ type: 'error', error: { code: 'invalid_import' } });
  });
});
