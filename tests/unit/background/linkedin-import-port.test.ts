import { strToU8, zipSync } from 'fflate';
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
  private onClose: () => void = () => undefined;
  readonly onMessage = { addListener: (l: (message: unknown) => void) => { this.listener = l; } };
  readonly onDisconnect = { addListener: (l: () => void) => { this.onClose = l; } };

  constructor(readonly sender: MessageSender) {}

  postMessage(message: ImportPortReply): void {
    this.replies.push(message);
  }

  disconnect(): void {
    this.disconnected = true;
  }

  /** The page went away (its tab closed): the browser disconnects the port. */
  close(): void {
    this.onClose();
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

  it('unpacks the chunks as they come, yet posts nothing and writes nothing before end', async () => {
    const zip = buildLinkedInZip(generateExport(40, 120));
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    for (let at = 0; at < zip.length; at += 1000) port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(at, at + 1000)) });
    await new Promise((r) => setTimeout(r, 200));
    expect(port.replies).toEqual([]);
    expect(await (await deps.db()).count('contacts')).toBe(0);
    port.send({ type: 'end' });
    expect(await port.finished()).toMatchObject({ type: 'done', summary: { connections: 40, messages: 120 } });
    // The first progress posted is the latest the import had reached while the file came.
    expect(port.replies[0]).toMatchObject({ type: 'progress', phase: 'unzip' });
    expect(await (await deps.db()).count('contacts')).toBe(40);
  });

  it('a file found unreadable before its end is one error: the rest of the upload and its end post nothing', async () => {
    const zip = zipSync({ 'messages.csv': strToU8(`CONVERSATION ID,CONTENT\n${'1,hello there\n'.repeat(4000)}`) });
    for (let i = 60; i < 80; i += 1) zip[i] = 0xff;
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    // Two chunks: the reader keeps one back until it knows whether it is the last.
    port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(0, 100)) });
    port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(100, 101)) });
    for (let i = 0; i < 40 && port.replies.length === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(port.replies).toEqual([{ type: 'error', error: { code: 'invalid_import', message: expect.stringMatching(/^The file is not a readable ZIP archive: /u) } }]);
    port.send({ type: 'chunk', data: bytesToBase64(zip.subarray(101)) });
    port.send({ type: 'end' });
    await new Promise((r) => setTimeout(r, 100));
    expect(port.replies).toHaveLength(1);
    expect(deps.logs).toEqual(['linkedin-import failed: invalid_import']);
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

  it('says in the log why a connection was refused, without the message', async () => {
    handleImportPort(new FakePort(FROM_LINKEDIN), deps);
    handleImportPort(new FakePort({ id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/x.html' }), deps);
    expect(deps.logs).toEqual([
      'dropped linkedin-import port: not from a Rapport page',
      'dropped linkedin-import port: sender is another extension or app',
    ]);
  });

  it('a malformed message ends the import: one error, and what comes after it is ignored', async () => {
    const zip = buildLinkedInZip(generateExport(3, 5));
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: 42 });
    port.send({ type: 'chunk', data: bytesToBase64(zip) });
    port.send({ type: 'end' });
    await new Promise((r) => setTimeout(r, 50));
    expect(port.replies).toEqual([{ type: 'error', error: { code: 'invalid_request', message: 'malformed import message' } }]);
    expect(deps.logs).toEqual(['linkedin-import: dropped a malformed port message']);
    expect(await (await deps.db()).count('contacts')).toBe(0);
  });

  it('a chunk that passes for base64 but does not decode ends the import', async () => {
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: 'QUJD' });
    port.send({ type: 'chunk', data: 'A' });
    port.send({ type: 'end' });
    await new Promise((r) => setTimeout(r, 50));
    expect(port.replies).toEqual([{ type: 'error', error: { code: 'invalid_request', message: 'a chunk was not base64' } }]);
  });

  it('imports once: a second end after the summary starts nothing', async () => {
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: bytesToBase64(buildLinkedInZip(generateExport(3, 5))) });
    port.send({ type: 'end' });
    expect(await port.finished()).toMatchObject({ type: 'done' });
    const replies = port.replies.length;
    port.send({ type: 'end' });
    await new Promise((r) => setTimeout(r, 100));
    expect(port.replies).toHaveLength(replies);
  });

  it('posts nothing to a page that went away, and logs the failure by its code', async () => {
    const port = new FakePort(FROM_POPUP);
    handleImportPort(port, deps);
    port.send({ type: 'chunk', data: bytesToBase64(new TextEncoder().encode('not a zip')) });
    port.close();
    port.send({ type: 'end' });
    for (let i = 0; i < 40 && !deps.logs.length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(deps.logs).toEqual(['linkedin-import failed: invalid_import']);
    expect(port.replies).toEqual([]);
  });
});
