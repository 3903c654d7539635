import type { SyncRunDocument } from '../../shared/model/core-db/sync-run.schema.js';
import type { SyncRunDto } from './sync-run.dto.js';

export function toSyncRunDto(run: SyncRunDocument): SyncRunDto {
  return {
    id: run._id.toString(),
    dataset: run.dataset,
    startedAt: run.startedAt.toISOString(),
    ...(run.finishedAt ? { finishedAt: run.finishedAt.toISOString() } : {}),
    status: run.status,
    upserted: run.upserted,
    modified: run.modified,
    removed: run.removed,
    ...(run.error ? { error: run.error } : {}),
  };
}
