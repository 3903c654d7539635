import { createApiClients, problem, requestIdOf, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { HOME_VIEW_URL, type HomeView } from '../app/home/home-view';

/** How many launches the home page lists. */
const HOME_PAGE_SIZE = 12;

export function homeRoute(router: Router, config: BffConfig): void {
  router.get(HOME_VIEW_URL, async (req, res) => {
    const { customer } = createApiClients(config, requestIdOf(req));
    const { data, response } = await customer.GET('/launches', {
      params: { query: { limit: HOME_PAGE_SIZE, offset: 0 } },
    });
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Customer API answered ${response.status}`);
      return;
    }
    const view: HomeView = {
      total: data.total,
      launches: data.items.map((launch) => ({
        id: launch.id,
        missionName: launch.missionName,
        supplierName: launch.supplierName,
        rocketName: launch.rocketName,
        destination: launch.destination,
        launchSite: launch.launchSite,
        scheduledAt: launch.scheduledAt,
        pricePerSeat: launch.pricePerSeat,
        currency: launch.currency,
        seatsAvailable: launch.seatsAvailable,
        seatsTotal: launch.seatsTotal,
      })),
    };
    res.set('cache-control', 'public, max-age=30').json(view);
  });
}
