import type { RequestOf, ResponseData } from '../../shared/protocol';
import { recordIntro } from '../../storage/interactions';
import type { HandlerContext } from '../deps';

export async function introRecord(req: RequestOf<'intro.record'>, { deps }: HandlerContext): Promise<ResponseData['intro.record']> {
  await recordIntro(await deps.db(), req.a, req.b, req.note ?? '', deps.now());
  return { ok: true };
}
