import * as v from 'valibot';
import { base64ToBytes } from '../shared/base64';
import { ImportPortMessageSchema, LINKEDIN_IMPORT_MAX_BYTES, tooLargeForLinkedInExport, type ImportPortReply } from '../shared/protocol';
import { importLinkedInExport } from '../storage/linkedin-export/import';
import type { BackgroundDeps } from './deps';
import { toResponseError } from './handle-message';
import { RequestError } from './request-error';
import { checkSender, type MessageSender } from './sender';

/** The slice of runtime.Port used here (Chrome and Firefox). */
export interface PortLike {
  name: string;
  sender?: MessageSender;
  postMessage(message: ImportPortReply): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * One LinkedIn export import per connection: base64 chunks, then `end`; progress is posted back.
 * Only Rapport's own pages may connect. The open port keeps the worker alive while it works, and if
 * the worker is stopped anyway, posting the same file again resumes from the cursor in the DB.
 */
export function handleImportPort(port: PortLike, deps: BackgroundDeps): void {
  const checked = checkSender(port.sender ?? {}, deps.extensionId, deps.extensionOrigin);
  if ('rejected' in checked || checked.kind !== 'extension-page') {
    deps.log(`dropped linkedin-import port: ${'rejected' in checked ? checked.rejected : 'not from a Rapport page'}`);
    port.disconnect();
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let connected = true;
  let finished = false;
  const reply = (message: ImportPortReply): void => {
    if (connected) port.postMessage(message);
  };
  const stop = (err: unknown): void => {
    finished = true;
    chunks.length = 0;
    reply({ type: 'error', error: toResponseError(err) });
  };
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  port.onMessage.addListener((raw: unknown) => {
    if (finished) return;
    const parsed = v.safeParse(ImportPortMessageSchema, raw);
    if (!parsed.success) {
      deps.log('linkedin-import: dropped a malformed port message');
      stop(new RequestError('invalid_request', 'malformed import message'));
      return;
    }
    const message = parsed.output;
    if (message.type === 'chunk') {
      let bytes: Uint8Array;
      try {
        bytes = base64ToBytes(message.data);
      } catch {
        stop(new RequestError('invalid_request', 'a chunk was not base64'));
        return;
      }
      size += bytes.length;
      if (size > LINKEDIN_IMPORT_MAX_BYTES) {
        stop(new RequestError('invalid_request', tooLargeForLinkedInExport(null)));
        return;
      }
      chunks.push(bytes);
      return;
    }
    finished = true;
    const zip = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      zip.set(c, at);
      at += c.length;
    }
    chunks.length = 0;
    void run(zip);
  });

  async function run(zip: Uint8Array): Promise<void> {
    try {
      const { receivedSnippets } = await deps.settings.get();
      const summary = await importLinkedInExport(await deps.db(), zip, { now: deps.now(), receivedSnippets, onProgress: (p) => reply({ type: 'progress', ...p }) });
      reply({ type: 'done', summary });
    } catch (err) {
      const error = toResponseError(err);
      deps.log(`linkedin-import failed: ${error.code}`);
      reply({ type: 'error', error });
    }
  }
}
