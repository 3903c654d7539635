import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
import { bookingRoutes } from './bff/booking-routes';
import { catalogRoutes } from './bff/catalog-routes';
import { homeRoute } from './bff/home-routes';
import { LIVE_SEATS_ROUTE } from './bff/live-seats-route';
import { receiptRoutes } from './bff/receipt-routes';

const web = createWebServer({
  app: 'customer',
  browserDistFolder: join(import.meta.dirname, '../browser'),
  publicRoutes: (router, config) => {
    homeRoute(router, config);
    catalogRoutes(router, config);
  },
  routes: (router, config) => {
    bookingRoutes(router, config);
    receiptRoutes(router, config);
  },
  proxies: (config) => [
    { path: '/bff/proxy/customer', target: config.apiUrls.customer, allow: [LIVE_SEATS_ROUTE] },
  ],
  formActionOrigins: (config) => [new URL(config.paymentCheckoutUrl).origin],
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
