import { createAuthApiClient, type AuthApi } from '@astrobookings/openapi';
import { authApi } from '../apps/auth-api/auth-api.definition.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import type { IsolatedDatabases } from './isolated-databases.js';
import { startService, type RunningService } from './start-service.js';

export type TokenPair = AuthApi.components['schemas']['TokenPairDto'];

/** The seeded demo account of each role. */
export const DEMO_EMAILS = {
  customer: 'customer@astrobookings.test',
  vip: 'vip@astrobookings.test',
  supplier: 'supplier@astrobookings.test',
  finance: 'finance@astrobookings.test',
  operations: 'operations@astrobookings.test',
  admin: 'admin@astrobookings.test',
} as const;

export const AUTH_WEB_URL = 'http://auth-web.test';

/** Starts an Auth API on the databases; rate limits are generous unless `env` sets them. */
export function startAuthApi(
  databases: IsolatedDatabases,
  env: Record<string, string> = {},
): Promise<RunningService> {
  return startService(authApi, {
    ...databases.env,
    AUTH_WEB_URL,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
}

/** Signs in through the real Auth API; fails the test when sign-in does not succeed. */
export async function signIn(authUrl: string, email: string, password = DEMO_PASSWORD): Promise<TokenPair> {
  const { data, response } = await createAuthApiClient({ baseUrl: authUrl }).POST('/auth/login', {
    body: { email, password },
  });
  if (!data) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return data;
}

/** A `system` token, as a service gets it with the internal secret (the development default in tests). */
export async function serviceToken(authUrl: string, service = 'test-runner'): Promise<string> {
  const { data, response } = await createAuthApiClient({ baseUrl: authUrl }).POST('/auth/service-tokens', {
    body: { service, secret: 'astrobookings-dev-internal-secret' },
  });
  if (!data) throw new Error(`service token answered ${response.status}`);
  return data.accessToken;
}
