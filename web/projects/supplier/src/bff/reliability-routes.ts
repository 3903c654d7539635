import { apiData, requirePortalRole, viewRoute, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { RELIABILITY_VIEW_URL, type ReliabilityView } from '../app/profile/reliability-view';

/** The organisation's own reliability, read from the Admin API that sets its fee rate. */
export function reliabilityRoute(router: Router, config: BffConfig): void {
  viewRoute(
    router,
    config,
    RELIABILITY_VIEW_URL,
    { guard: requirePortalRole(config.app) },
    async ({ api }): Promise<ReliabilityView> =>
      apiData(await api.admin.GET('/supplier/reliability'), 'Admin API'),
  );
}
