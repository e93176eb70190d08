import type { RequestOf, ResponseData } from '../../shared/protocol';
import type { HandlerContext } from '../deps';

export async function allowlistAdd(req: RequestOf<'allowlist.add'>, { deps }: HandlerContext): Promise<ResponseData['allowlist.add']> {
  const current = await deps.settings.get();
  const phrase = req.phrase;
  if (current.engine.allowlist.some((p) => p.toLowerCase() === phrase.toLowerCase())) return { settings: current };
  return deps.settings.set({ ...current, engine: { ...current.engine, allowlist: [...current.engine.allowlist, phrase] } });
}
