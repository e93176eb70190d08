import type { RequestOf, ResponseData } from '../../shared/protocol';
import { recordInvitation } from '../../storage/invitations';
import type { HandlerContext } from '../deps';

/** Advice only: Rapport counts what the user sent and never sends, clicks or automates anything. */
export async function invitationRecord(req: RequestOf<'invitation.record'>, { deps }: HandlerContext): Promise<ResponseData['invitation.record']> {
  return { recorded: await recordInvitation(await deps.db(), req.contactId, req.at ?? deps.now(), false) };
}
