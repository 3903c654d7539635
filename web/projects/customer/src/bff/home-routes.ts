import { apiData, viewRoute, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { HOME_VIEW_URL, type HomeView } from '../app/home/home-view';
import { toUpcoming } from './to-upcoming';

/** How many launches the home page lists. */
const HOME_PAGE_SIZE = 12;

/** The home page's next launches: the same for every visitor, so shared caches may keep it briefly. */
export function homeRoute(router: Router, config: BffConfig): void {
  const options = { cacheControl: 'public, max-age=30' };
  viewRoute(router, config, HOME_VIEW_URL, options, async ({ api }): Promise<HomeView> => {
    const query = { limit: HOME_PAGE_SIZE, offset: 0 };
    const launches = apiData(await api.customer.GET('/launches', { params: { query } }), 'Customer API');
    return { total: launches.total, launches: launches.items.map(toUpcoming) };
  });
}
