import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
import { invoicesRoute } from './bff/invoices-routes';
import { bookingsReportRoute } from './bff/bookings-report-routes';
import { launchesRoute } from './bff/launches-routes';
import { profileRoute } from './bff/profile-routes';
import { reliabilityRoute } from './bff/reliability-routes';
import { rocketsRoute } from './bff/rockets-routes';

const web = createWebServer({
  app: 'supplier',
  browserDistFolder: join(import.meta.dirname, '../browser'),
  routes: (router, config) => {
    bookingsReportRoute(router, config);
    launchesRoute(router, config);
    rocketsRoute(router, config);
    profileRoute(router, config);
    invoicesRoute(router, config);
    reliabilityRoute(router, config);
  },
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
