import type { RequestOf, ResponseData } from '../../shared/protocol';
import { dumpAll } from '../../storage/dump';
import { buildExportFile, serialiseExportFile } from '../../storage/export-file';
import type { HandlerContext } from '../deps';

export async function dataExport(_req: RequestOf<'data.export'>, { deps }: HandlerContext): Promise<ResponseData['data.export']> {
  const [{ contacts, interactions, promises, invitations }, settings] = await Promise.all([dumpAll(await deps.db()), deps.settings.get()]);
  return { json: serialiseExportFile(buildExportFile({ exportedAt: deps.now(), settings, contacts, interactions, promises, invitations })) };
}
