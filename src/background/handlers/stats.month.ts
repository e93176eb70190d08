import type { RequestOf, ResponseData } from '../../shared/protocol';
import { monthStats } from '../../storage/stats';
import type { HandlerContext } from '../deps';

export async function statsMonth(_req: RequestOf<'stats.month'>, { deps }: HandlerContext): Promise<ResponseData['stats.month']> {
  return monthStats(await deps.db(), deps.now());
}
