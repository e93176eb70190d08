import { dueOrDefault, findPromises } from '../../rules/promises/detect';
import type { RequestOf, ResponseData } from '../../shared/protocol';
import { recordInteraction } from '../../storage/interactions';
import { recordInvitation } from '../../storage/invitations';
import { addPromises } from '../../storage/promises';
import type { HandlerContext } from '../deps';

export async function interactionRecord(req: RequestOf<'interaction.record'>, { deps }: HandlerContext): Promise<ResponseData['interaction.record']> {
  const { type: _type, ...input } = req;
  const db = await deps.db();
  const now = deps.now();
  const keepSnippet = input.kind !== 'received' || (await deps.settings.get()).receivedSnippets;
  const { recorded, id } = await recordInteraction(db, { ...input, keepSnippet }, now);
  if (recorded && input.kind === 'sent' && input.surface === 'invite-note') {
    await recordInvitation(db, input.contactId, input.at ?? now, true);
  }
  // Promises are found here, on send, so the content script never carries the date grammar.
  if (id !== null && input.kind === 'sent' && input.text) {
    const text = input.text;
    const madeAt = input.at ?? now;
    const found = findPromises(text, madeAt).map((p) => ({ text: text.slice(p.start, p.end), due: dueOrDefault(p, madeAt), dated: p.due !== null }));
    await addPromises(db, input.contactId, id, found, madeAt);
  }
  return { recorded };
}
