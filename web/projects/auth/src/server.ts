import { createNodeRequestHandler, isMainModule } from '@angular/ssr/node';
import { createWebServer } from '@astrobookings/web-server';
import { join } from 'node:path';
import { accountRoutes } from './bff/account-routes';
import { billingRoutes } from './bff/billing-routes';
import { invitationRoutes } from './bff/invitation-routes';
import { passwordPolicyRoute } from './bff/password-policy-routes';
import { registrationRoutes } from './bff/registration-routes';
import { signInRoutes } from './bff/sign-in-routes';

const web = createWebServer({
  app: 'auth',
  browserDistFolder: join(import.meta.dirname, '../browser'),
  publicRoutes: (router, config) => {
    passwordPolicyRoute(router, config);
  },
  routes: (router, config, sessions) => {
    signInRoutes(router, config, sessions);
    registrationRoutes(router, config);
    invitationRoutes(router, config, sessions);
    accountRoutes(router, config);
    billingRoutes(router, config);
  },
});

if (isMainModule(import.meta.url)) {
  web.listen();
}

/** Used by the Angular CLI dev server and build-time route extraction. */
export const reqHandler = createNodeRequestHandler(web.server);
