import { apiData, viewRoute, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../app/password/password-policy';

/** The Auth API's password rules, the same for everyone: cached for five minutes by anyone. */
export function passwordPolicyRoute(router: Router, config: BffConfig): void {
  const options = { cacheControl: 'public, max-age=300' };
  viewRoute(router, config, PASSWORD_POLICY_URL, options, async ({ api }): Promise<PasswordPolicy> => {
    const policy = apiData(await api.auth.GET('/auth/password-policy'), 'Auth API');
    return {
      minLength: policy.minLength,
      requiresMixedCase: policy.requiresMixedCase,
      requiresDigit: policy.requiresDigit,
    };
  });
}
