import type { RequestOf, ResponseData } from '../../shared/protocol';
import type { HandlerContext } from '../deps';

export async function settingsGet(_req: RequestOf<'settings.get'>, { deps }: HandlerContext): Promise<ResponseData['settings.get']> {
  return { settings: await deps.settings.get() };
}
