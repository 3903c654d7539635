import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
import { invoicesRoute } from './bff/invoices-routes';
import { launchesRoute } from './bff/launches-routes';
import { profileRoute } from './bff/profile-routes';
import { rocketsRoute } from './bff/rockets-routes';

const web = createWebServer({
  app: 'supplier',
  browserDistFolder: join(import.meta.dirname, '../browser'),
  routes: (router, config) => {
    launchesRoute(router, config);
    rocketsRoute(router, config);
    profileRoute(router, config);
    invoicesRoute(router, config);
  },
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
