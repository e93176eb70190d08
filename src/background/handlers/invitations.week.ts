import type { RequestOf, ResponseData } from '../../shared/protocol';
import { invitationsInWindow } from '../../storage/invitations';
import type { HandlerContext } from '../deps';

export async function invitationsWeek(_req: RequestOf<'invitations.week'>, { deps }: HandlerContext): Promise<ResponseData['invitations.week']> {
  const [count, settings] = await Promise.all([invitationsInWindow(await deps.db(), deps.now()), deps.settings.get()]);
  return { count, ...settings.invitations };
}
