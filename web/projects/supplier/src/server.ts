import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
<<<<<<< HEAD
import { invoicesRoute } from './bff/invoices-routes';
=======
import { bookingsReportRoute } from './bff/bookings-report-routes';
>>>>>>> f749e83 (Suppliers get the bookings report of a successful launch, linked from its page and downloadable as CSV, and see their own reliability and fee rate on their profile)
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
<<<<<<< HEAD
    invoicesRoute(router, config);
=======
    reliabilityRoute(router, config);
>>>>>>> f749e83 (Suppliers get the bookings report of a successful launch, linked from its page and downloadable as CSV, and see their own reliability and fee rate on their profile)
  },
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
