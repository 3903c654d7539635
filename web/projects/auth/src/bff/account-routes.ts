import { createApiClients, pageUrl, secretField, sessionOf, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { errorCode } from './error-code';

/** The signed-in account page and its change-password form. */
export function accountRoutes(router: Router, config: BffConfig): void {
  router.get('/account', (req, res, next) => {
    if (sessionOf(res)) {
      next();
      return;
    }
    res.redirect(303, pageUrl('/sign-in', { returnTo: req.originalUrl }));
  });

  router.post('/bff/auth/change-password', async (req, res) => {
    const session = sessionOf(res);
    if (!session) {
      res.redirect(303, pageUrl('/sign-in', { returnTo: '/account' }));
      return;
    }
    const { auth } = createApiClients(config, req, session.accessToken);
    const { response } = await auth.POST('/auth/change-password', {
      body: {
        currentPassword: secretField(req, 'currentPassword'),
        newPassword: secretField(req, 'newPassword'),
      },
    });
    const { status } = response;
    const error = status === 401 || status === 403 ? 'current-password' : errorCode(status);
    res.redirect(303, pageUrl('/account', status < 300 ? { notice: 'password-changed' } : { error }));
  });
}
