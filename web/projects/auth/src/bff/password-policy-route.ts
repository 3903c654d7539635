import { createApiClients, problem, requestIdOf, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../app/password/password-policy';

export function passwordPolicyRoute(router: Router, config: BffConfig): void {
  router.get(PASSWORD_POLICY_URL, async (req, res) => {
    const { auth } = createApiClients(config, requestIdOf(req));
    const { data, response } = await auth.GET('/auth/password-policy');
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Auth API answered ${response.status}`);
      return;
    }
    const view: PasswordPolicy = {
      minLength: data.minLength,
      requiresMixedCase: data.requiresMixedCase,
      requiresDigit: data.requiresDigit,
    };
    res.set('cache-control', 'public, max-age=300').json(view);
  });
}
