import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData, ResponseOf } from '../../../src/shared/protocol';
import { FROM_POPUP, type TestDeps } from './fake-deps';

/** Sends one request as `sender` would and returns the typed answer. */
export async function ask<T extends RequestType>(deps: TestDeps, req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseOf<T>> {
  return (await handleMessage(req, sender, deps)) as ResponseOf<T>;
}

/** Like `ask`, for a request that must succeed: its data, or the failure as an exception. */
export async function data<T extends RequestType>(deps: TestDeps, req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> {
  const res = (await handleMessage(req, sender, deps)) as ResponseOf<T>;
  if (!res.ok) throw new Error(`${req.type} failed: ${res.error.code} ${res.error.message}`);
  return res.data;
}
