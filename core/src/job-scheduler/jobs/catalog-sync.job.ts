import type { JobContext } from './job-context.js';

/** Has Core API project launches into the catalog; a sync run that failed is a failed job run too. */
export async function syncCatalog({ coreApi }: JobContext): Promise<string> {
  const { data, response } = await coreApi.POST('/sync/catalog');
  if (!data) throw new Error(`Core API answered ${response.status}`);
  if (data.status === 'failed')
    throw new Error(`catalog sync ${data.id} failed: ${data.error ?? 'unknown error'}`);
  return `sync run ${data.id}: ${data.upserted} created, ${data.modified} modified, ${data.removed} removed`;
}
