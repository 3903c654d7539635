import { apiData, requirePortalRole, viewRoute, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { SUPPLIERS_VIEW_URL, type SuppliersView } from '../app/suppliers/suppliers-view';

export function suppliersRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);
  viewRoute(router, config, SUPPLIERS_VIEW_URL, { guard }, async ({ api }): Promise<SuppliersView> => {
    const suppliers = apiData(await api.admin.GET('/suppliers'), 'Admin API');
    return {
      suppliers: suppliers.items.map((supplier) => ({
        id: supplier.id,
        name: supplier.name,
        description: supplier.description,
        launchCount: supplier.launchCount,
        reliable: supplier.reliable,
        successfulFlights: supplier.successfulFlights,
        failedFlights: supplier.failedFlights,
        balances: supplier.balances,
      })),
    };
  });
}
