import { isRequestType, parseRequest, refusalFor, type Request, type RequestType, type Response, type ResponseError } from '../shared/protocol';
import { StorageError } from '../storage/errors';
import type { BackgroundDeps } from './deps';
import { handlers } from './handlers';
import { RequestError } from './request-error';
import { checkSender, type CheckedSender, type MessageSender } from './sender';

function fail(error: ResponseError): Response {
  return { ok: false, error };
}

export function toResponseError(err: unknown): ResponseError {
  if (err instanceof StorageError) return { code: err.code, message: err.message, ...err.location };
  if (err instanceof RequestError) return { code: err.code, message: err.message };
  return { code: 'internal', message: 'Rapport hit an unexpected error; nothing was changed by this request.' };
}

function typeLabel(message: unknown): string {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return isRequestType(type) ? type : 'unknown-type';
}

async function dispatch<T extends RequestType>(request: Request & { type: T }, deps: BackgroundDeps, sender: CheckedSender): Promise<Response> {
  const handler = handlers[request.type] as (req: typeof request, ctx: { deps: BackgroundDeps; sender: CheckedSender }) => Promise<unknown>;
  const data = await handler(request, { deps, sender });
  return { ok: true, data } as Response;
}

/**
 * The whole background protocol as one pure function: sender check, schema validation, the
 * handler, and a typed answer for every outcome. The service worker glue only forwards to it.
 */
export async function handleMessage(message: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<Response> {
  const checked = checkSender(sender, deps.extensionId, deps.extensionOrigin);
  if ('rejected' in checked) {
    deps.log(`dropped ${typeLabel(message)}: ${checked.rejected}`);
    return fail({ code: 'forbidden_sender', message: checked.rejected });
  }
  const parsed = parseRequest(message);
  if (!parsed.ok) {
    deps.log(`dropped ${typeLabel(message)}: ${parsed.message}`);
    return fail({ code: 'invalid_request', message: parsed.message });
  }
  const { request } = parsed;
  const reason = refusalFor(request, checked.kind);
  if (reason !== null) {
    deps.log(`dropped ${request.type}: ${reason}`);
    return fail({ code: 'forbidden_sender', message: reason });
  }
  try {
    return await dispatch(request, deps, checked);
  } catch (err) {
    const error = toResponseError(err);
    deps.log(`${request.type} failed: ${error.code}`);
    return fail(error);
  }
}
