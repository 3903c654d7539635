import {
  createApiClients,
  field,
  fieldProblems,
  formLocale,
  pageUrl,
  refuseForm,
  secretField,
  type BffConfig,
} from '@astrobookings/bff';
import type { Request, Router } from 'express';
import { errorCode } from './error-code';

/**
 * The account life-cycle forms that need no session: sign up, verify the email address, forgot and
 * reset password, lift a sign-in lock. Each answers with a redirect to the next page (post/redirect/get), so they work as
 * plain HTML forms and a reload never posts twice.
 */
export function registrationRoutes(router: Router, config: BffConfig): void {
  const auth = (req: Request) => createApiClients(config, req).auth;

  router.post('/bff/auth/sign-up', async (req, res) => {
    const { error, response } = await auth(req).POST('/auth/register', {
      body: {
        email: field(req, 'email'),
        fullName: field(req, 'fullName'),
        taxId: field(req, 'taxId'),
        password: secretField(req, 'password'),
        language: formLocale(req.body),
      },
    });
    if (response.ok) {
      res.redirect(303, pageUrl('/check-email', { reason: 'verify' }));
      return;
    }
    // The fields the API names are the person's own typing; anything else stays a coarse code (see errorCode).
    const fields = response.status < 500 ? fieldProblems(error) : [];
    const page = pageUrl('/sign-up', { app: field(req, 'app'), returnTo: field(req, 'returnTo') });
    refuseForm(req, res, config, page, {
      fields,
      ...(fields.length > 0 ? {} : { message: errorCode(response.status) }),
    });
  });

  router.post('/bff/auth/verify-email', async (req, res) => {
    const { response } = await auth(req).POST('/auth/verify-email', { body: { token: field(req, 'token') } });
    res.redirect(
      303,
      response.ok
        ? pageUrl('/sign-in', { notice: 'verified' })
        : pageUrl('/verify-email', { error: verifyError(response.status) }),
    );
  });

  router.post('/bff/auth/resend-verification', async (req, res) => {
    const { response } = await auth(req).POST('/auth/resend-verification', {
      body: { email: field(req, 'email') },
    });
    res.redirect(
      303,
      response.ok
        ? pageUrl('/check-email', { reason: 'verify' })
        : pageUrl('/verify-email', { error: errorCode(response.status) }),
    );
  });

  router.post('/bff/auth/forgot-password', async (req, res) => {
    const { response } = await auth(req).POST('/auth/forgot-password', {
      body: { email: field(req, 'email') },
    });
    if (response.ok) {
      res.redirect(303, pageUrl('/check-email', { reason: 'reset' }));
      return;
    }
    refuseForm(req, res, config, '/forgot-password', { fields: [], message: errorCode(response.status) });
  });

  router.post('/bff/auth/unlock-account', async (req, res) => {
    const { response } = await auth(req).POST('/auth/unlock-account', {
      body: { token: field(req, 'token') },
    });
    res.redirect(
      303,
      response.ok
        ? pageUrl('/sign-in', { notice: 'unlocked' })
        : pageUrl('/unlock-account', { error: verifyError(response.status) }),
    );
  });

  router.post('/bff/auth/reset-password', async (req, res) => {
    const { response } = await auth(req).POST('/auth/reset-password', {
      body: { token: field(req, 'token'), password: secretField(req, 'password') },
    });
    const error = response.status === 400 ? 'invalid-or-expired' : errorCode(response.status);
    // The page keeps the token in the browser: it must not come back in a URL.
    res.redirect(
      303,
      response.ok ? pageUrl('/sign-in', { notice: 'password-reset' }) : pageUrl('/reset-password', { error }),
    );
  });
}

/** An emailed token is either accepted or not: expired, used and unknown all read the same. */
function verifyError(status: number): string {
  return status === 429 || status >= 500 ? errorCode(status) : 'link-invalid';
}
