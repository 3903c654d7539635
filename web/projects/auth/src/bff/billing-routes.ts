import {
  apiData,
  createApiClients,
  fieldProblems,
  pageUrl,
  problem,
  refuseForm,
  sessionOf,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { RequestHandler, Router } from 'express';
import { BILLING_URL, type BillingView } from '../app/account/billing-view';
import { toBillingDetails, toBillingView } from './billing-views';
import { errorCode } from './error-code';

const signedIn: RequestHandler = (_req, res, next) => {
  if (sessionOf(res)) next();
  else problem(res, 401, 'Unauthorized', 'Sign in to continue');
};

/** A customer's billing details on the account page: read, and replaced by a plain form post. */
export function billingRoutes(router: Router, config: BffConfig): void {
  viewRoute(router, config, BILLING_URL, { guard: signedIn }, async ({ res, api }): Promise<BillingView> => {
    if (!sessionOf(res)?.user.roles.includes('customer')) return { customer: false };
    return toBillingView(apiData(await api.auth.GET('/auth/me/billing'), 'Auth API'));
  });

  router.post(BILLING_URL, async (req, res) => {
    const session = sessionOf(res);
    if (!session) {
      res.redirect(303, pageUrl('/sign-in', { returnTo: '/account' }));
      return;
    }
    const { auth } = createApiClients(config, req, session.accessToken);
    const { response, error } = await auth.PATCH('/auth/me/billing', { body: toBillingDetails(req) });
    if (response.ok) {
      res.redirect(303, pageUrl('/account', { notice: 'billing-saved' }));
      return;
    }
    // The address is one object to the Auth API and five fields on the page.
    const fields = (response.status < 500 ? fieldProblems(error) : []).map((problem) => ({
      ...problem,
      field: problem.field.replace(/^billingAddress\./, ''),
    }));
    refuseForm(
      req,
      res,
      config,
      '/account',
      fields.length > 0 ? { fields } : { fields, message: errorCode(response.status) },
    );
  });
}
