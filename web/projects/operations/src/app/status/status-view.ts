/** The operations dashboard: component health and the latest catalogue sync runs. */
export interface ComponentHealth {
  readonly name: string;
  readonly status: string;
  readonly latencyMs: number | null;
}

export interface SyncRunRow {
  readonly id: string;
  readonly dataset: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: string;
  readonly upserted: number;
  readonly removed: number;
  readonly error: string | null;
}

export interface StatusView {
  /** When the BFF read these figures (ISO 8601), so the page can say how fresh they are. */
  readonly checkedAt: string;
  readonly components: readonly ComponentHealth[];
  readonly syncRuns: readonly SyncRunRow[];
}

export const STATUS_VIEW_URL = '/bff/status';
