import {
  apiData,
  createApiClients,
  field,
  fieldProblems,
  localeOfPath,
  localePath,
  pageUrl,
  problem,
  refuseForm,
  secretField,
  sessionOf,
  viewRoute,
  type BffConfig,
  type Locale,
} from '@astrobookings/bff';
import type { RequestHandler, Router } from 'express';
import { PREFERENCES_URL, type Preferences } from '../app/account/preferences-view';
import { errorCode } from './error-code';

const signedIn: RequestHandler = (_req, res, next) => {
  if (sessionOf(res)) next();
  else problem(res, 401, 'Unauthorized', 'Sign in to continue');
};

/** The signed-in account page, its change-password form and its email-language form. */
export function accountRoutes(router: Router, config: BffConfig): void {
  router.get(['/account', '/es/account'], (req, res, next) => {
    if (sessionOf(res)) {
      next();
      return;
    }
    const signIn = localePath('/sign-in', localeOfPath(req.originalUrl));
    res.redirect(303, pageUrl(signIn, { returnTo: req.originalUrl }));
  });

  router.post('/bff/auth/change-password', async (req, res) => {
    const session = sessionOf(res);
    if (!session) {
      res.redirect(303, pageUrl('/sign-in', { returnTo: '/account' }));
      return;
    }
    const { auth } = createApiClients(config, req, session.accessToken);
    const { error, response } = await auth.POST('/auth/change-password', {
      body: {
        currentPassword: secretField(req, 'currentPassword'),
        newPassword: secretField(req, 'newPassword'),
      },
    });
    const { status } = response;
    if (status < 300) {
      res.redirect(303, pageUrl('/account', { notice: 'password-changed' }));
      return;
    }
    const fields = status < 500 ? fieldProblems(error) : [];
    const code = status === 401 || status === 403 ? 'current-password' : errorCode(status);
    refuseForm(req, res, config, '/account', fields.length > 0 ? { fields } : { fields, message: code });
  });

  viewRoute(router, config, PREFERENCES_URL, { guard: signedIn }, async ({ api }): Promise<Preferences> => {
    const preferences = apiData(await api.auth.GET('/auth/me/preferences'), 'Auth API');
    return { language: preferences.language };
  });

  router.post(PREFERENCES_URL, async (req, res) => {
    const session = sessionOf(res);
    if (!session) {
      res.redirect(303, pageUrl('/sign-in', { returnTo: '/account' }));
      return;
    }
    const { auth } = createApiClients(config, req, session.accessToken);
    // Passed on as posted: the Auth API alone decides which languages exist and refuses any other.
    const { response, error } = await auth.PATCH('/auth/me/preferences', {
      body: { language: field(req, 'language') as Locale },
    });
    if (response.ok) {
      res.redirect(303, pageUrl('/account', { notice: 'language-saved' }));
      return;
    }
    const fields = response.status < 500 ? fieldProblems(error) : [];
    refuseForm(
      req,
      res,
      config,
      '/account',
      fields.length > 0 ? { fields } : { fields, message: errorCode(response.status) },
    );
  });
}
