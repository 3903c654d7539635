import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requirePortalRole,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { SUPPLIERS_VIEW_URL, type SuppliersView } from '../app/suppliers/suppliers-view';

export function suppliersRoute(router: Router, config: BffConfig): void {
  router.get(SUPPLIERS_VIEW_URL, requirePortalRole(config.app), async (req, res) => {
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, response } = await admin.GET('/suppliers');
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Admin API answered ${response.status}`);
      return;
    }
    const view: SuppliersView = {
      suppliers: data.items.map((supplier) => ({
        id: supplier.id,
        name: supplier.name,
        description: supplier.description,
        launchCount: supplier.launchCount,
        rocketCount: supplier.rocketCount,
      })),
    };
    res.set('cache-control', 'private, no-store').json(view);
  });
}
