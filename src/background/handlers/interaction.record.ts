import type { RequestOf, ResponseData } from '../../shared/protocol';
import { recordInteraction } from '../../storage/interactions';
import type { HandlerContext } from '../deps';

export async function interactionRecord(req: RequestOf<'interaction.record'>, { deps }: HandlerContext): Promise<ResponseData['interaction.record']> {
  const { type: _type, ...input } = req;
  const keepSnippet = input.kind !== 'received' || (await deps.settings.get()).receivedSnippets;
  const { recorded } = await recordInteraction(await deps.db(), { ...input, keepSnippet }, deps.now());
  return { recorded };
}
