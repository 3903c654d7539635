import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requirePortalRole,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { STATUS_VIEW_URL, type StatusView } from '../app/status/status-view';

/** How many sync runs the dashboard lists. */
const RECENT_RUNS = 10;

export function statusRoute(router: Router, config: BffConfig): void {
  router.get(STATUS_VIEW_URL, requirePortalRole(config.app), async (req, res) => {
    const { core } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const [status, runs] = await Promise.all([core.GET('/status'), core.GET('/sync/runs')]);
    if (!status.data || !runs.data) {
      problem(
        res,
        502,
        'Bad Gateway',
        `The Core API answered ${status.response.status}/${runs.response.status}`,
      );
      return;
    }
    const view: StatusView = {
      components: status.data.components.map((component) => ({
        name: component.name,
        status: component.status,
        latencyMs: component.latencyMs ?? null,
      })),
      syncRuns: runs.data.items.slice(0, RECENT_RUNS).map((run) => ({
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
    res.set('cache-control', 'private, no-store').json(view);
  });
}
