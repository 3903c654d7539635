import { apiData, requirePortalRole, viewRoute, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { STATUS_VIEW_URL, type StatusView } from '../app/status/status-view';

/** How many sync runs the dashboard lists. */
const RECENT_RUNS = 10;

export function statusRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);
  viewRoute(router, config, STATUS_VIEW_URL, { guard }, async ({ api }): Promise<StatusView> => {
    const [status, runs] = await Promise.all([api.core.GET('/status'), api.core.GET('/sync/runs')]);
    return {
      checkedAt: new Date().toISOString(),
      components: apiData(status, 'Core API').components.map((component) => ({
        name: component.name,
        status: component.status,
        latencyMs: component.latencyMs ?? null,
      })),
      syncRuns: apiData(runs, 'Core API')
        .items.slice(0, RECENT_RUNS)
        .map((run) => ({
          id: run.id,
          dataset: run.dataset,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt ?? null,
          status: run.status,
          upserted: run.upserted,
          removed: run.removed,
          error: run.error ?? null,
        })),
    };
  });
}
