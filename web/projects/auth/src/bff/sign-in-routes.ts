import {
  createApiClients,
  field,
  pageUrl,
  secretField,
  sessionOf,
  type BffConfig,
  type SessionStore,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { errorCode } from './error-code';
import { appOf, handOffUrl, stateParam } from './hand-off';

/**
 * Signing in, the single-sign-on hub of every app:
 * - `GET /sign-in?app&returnTo`: already signed in here ⇒ straight back to the app (no form), unless
 *   `switch=1` asks to sign in as someone else;
 * - `POST /bff/auth/sign-in` (the form): Auth API login, this app's session cookie, then the hand-off.
 */
export function signInRoutes(router: Router, config: BffConfig, sessions: SessionStore): void {
  router.get(['/sign-in', '/es/sign-in'], async (req, res, next) => {
    const session = sessionOf(res);
    if (!session || req.query['switch'] === '1') {
      next();
      return;
    }
    const app = appOf(req.query['app']);
    res
      .set('cache-control', 'no-store')
      .redirect(
        303,
        await handOffUrl(
          req,
          res,
          { config, sessions, session },
          app,
          req.query['returnTo'],
          req.query['state'],
        ),
      );
  });

  router.post('/bff/auth/sign-in', async (req, res) => {
    const app = appOf(field(req, 'app'));
    const returnTo = field(req, 'returnTo');
    const { auth } = createApiClients(config, req);
    const { data, response } = await auth.POST('/auth/login', {
      body: { email: field(req, 'email'), password: secretField(req, 'password') },
    });
    if (!data) {
      const status = response.status;
      const error = status === 400 ? 'invalid-credentials' : errorCode(status);
      res.redirect(
        303,
        pageUrl('/sign-in', {
          app: app === 'auth' ? undefined : app,
          returnTo,
          ...stateParam(field(req, 'state')),
          error,
          switch: '1',
        }),
      );
      return;
    }
    const previous = sessionOf(res);
    if (previous) {
      // Switching accounts: the previous SSO session ends rather than lingering in other apps.
      await auth
        .POST('/auth/logout', { body: { refreshToken: previous.refreshToken } })
        .catch(() => undefined);
    }
    const session = sessions.start(res, data);
    res
      .set('cache-control', 'no-store')
      .redirect(
        303,
        await handOffUrl(req, res, { config, sessions, session }, app, returnTo, field(req, 'state')),
      );
  });
}
