import type { RequestOf, ResponseData } from '../../shared/protocol';
import { MAX_PHRASES } from '../../shared/settings';
import type { HandlerContext } from '../deps';
import { RequestError } from '../request-error';

export async function allowlistAdd(req: RequestOf<'allowlist.add'>, { deps }: HandlerContext): Promise<ResponseData['allowlist.add']> {
  const current = await deps.settings.get();
  const phrase = req.phrase;
  if (current.engine.allowlist.some((p) => p.toLowerCase() === phrase.toLowerCase())) return { settings: current };
  // The settings parser keeps the first MAX_PHRASES: one more would be saved and then silently dropped.
  if (current.engine.allowlist.length >= MAX_PHRASES) {
    throw new RequestError('invalid_request', `The allowlist is full (${MAX_PHRASES} phrases): remove some on the options page to add another.`);
  }
  return deps.settings.set({ ...current, engine: { ...current.engine, allowlist: [...current.engine.allowlist, phrase] } });
}
