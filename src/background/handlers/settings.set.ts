import type { RequestOf, ResponseData } from '../../shared/protocol';
import { parseAppSettings } from '../../shared/settings';
import { forgetReceivedSnippets } from '../../storage/interactions';
import type { HandlerContext } from '../deps';
import { RequestError } from '../request-error';

/** All or nothing: settings with any invalid field are refused, never half-applied. */
export async function settingsSet(req: RequestOf<'settings.set'>, { deps }: HandlerContext): Promise<ResponseData['settings.set']> {
  const { settings, issues } = parseAppSettings(req.settings);
  if (issues.length) throw new RequestError('invalid_request', `settings not saved: ${issues.slice(0, 5).join('; ')}`);
  const before = await deps.settings.get();
  const saved = await deps.settings.set(settings);
  // Keeping none means none: the snippets already stored go too, not only future ones.
  if (before.receivedSnippets && !settings.receivedSnippets) await forgetReceivedSnippets(await deps.db());
  return saved;
}
