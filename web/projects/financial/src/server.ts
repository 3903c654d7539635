import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
import { invoicesRoute } from './bff/invoices-routes';
import { reportsRoutes } from './bff/reports-routes';
import { suppliersRoute } from './bff/suppliers-routes';

const web = createWebServer({
  app: 'financial',
  browserDistFolder: join(import.meta.dirname, '../browser'),
  routes: (router, config) => {
    suppliersRoute(router, config);
    invoicesRoute(router, config);
    reportsRoutes(router, config);
  },
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
