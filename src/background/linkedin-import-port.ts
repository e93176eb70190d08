import * as v from 'valibot';
import { base64ToBytes } from '../shared/base64';
import { ImportPortMessageSchema, LINKEDIN_IMPORT_MAX_BYTES, tooLargeForLinkedInExport, type ImportPortReply } from '../shared/protocol';
import { importLinkedInExport } from '../storage/linkedin-export/import';
import type { BackgroundDeps } from './deps';
import { toResponseError } from './handle-message';
import { RequestError } from './request-error';
import { ChunkQueue } from './chunk-queue';
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
 * The import starts with the first chunk and unpacks each as it arrives, so the upload and the
 * unpacking overlap (issue 11); nothing is written before `end`.
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
  let size = 0;
  let connected = true;
  let finished = false;
  /** The upload, read by the import from its first chunk on; null until one came. */
  let upload: ChunkQueue | null = null;
  /** Set when the upload was refused: the import reading it then ends without a word of its own. */
  let refused = false;
  const reply = (message: ImportPortReply): void => {
    if (connected) port.postMessage(message);
  };
  const stop = (err: unknown): void => {
    finished = true;
    refused = true;
    upload?.fail(err);
    reply({ type: 'error', error: toResponseError(err) });
  };
  // While the file is still coming, the page shows its own reading progress: the import's is
  // posted from `end` on (the latest first), as when the import started only then.
  let uploaded = false;
  let heldProgress: ImportPortReply | null = null;
  const progress = (message: ImportPortReply): void => {
    if (uploaded) reply(message);
    else heldProgress = message;
  };
  const started = (): ChunkQueue => {
    if (upload) return upload;
    const queue = new ChunkQueue();
    void run(queue);
    return (upload = queue);
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
      started().push(bytes);
      return;
    }
    finished = true;
    uploaded = true;
    if (heldProgress) reply(heldProgress);
    started().end();
  });

  /** Unpacks the upload as it comes (the import writes nothing before its last chunk). */
  async function run(chunks: ChunkQueue): Promise<void> {
    try {
      const { receivedSnippets } = await deps.settings.get();
      const summary = await importLinkedInExport(await deps.db(), chunks, { now: deps.now(), receivedSnippets, onProgress: (p) => progress({ type: 'progress', ...p }) });
      reply({ type: 'done', summary });
    } catch (err) {
      if (refused) return;
      // A file found unreadable before its end: what the page still sends is let go unread, and
      // its end posts nothing after this error.
      finished = true;
      chunks.fail(err);
      const error = toResponseError(err);
      deps.log(`linkedin-import failed: ${error.code}`);
      reply({ type: 'error', error });
    }
  }
}
