import { createAuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import request from 'supertest';
import { adminApi } from './admin-api/admin-api.definition.js';
import { coreApi } from './core-api/core-api.definition.js';
import { customerApi } from './customer-api/customer-api.definition.js';
import { DEMO_EMAILS, serviceToken, signIn, startAuthApi } from '../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { createService, startService, type InProcessService } from '../testing/start-service.js';

type Caller =
  | 'anonymous'
  | 'forged'
  | 'customer'
  | 'supplier'
  | 'finance'
  | 'operations'
  | 'admin'
  | 'system'
  | 'api-key';
type Role = Exclude<Caller, 'anonymous' | 'forged' | 'api-key'>;

const CALLERS: Caller[] = [
  'anonymous',
  'forged',
  'customer',
  'supplier',
  'finance',
  'operations',
  'admin',
  'system',
  'api-key',
];
const PUBLIC = 'public';
const PEOPLE: Role[] = ['customer', 'supplier', 'finance', 'operations', 'admin'];

/**
 * Who may call each endpoint of each API: `public`, or the roles (and `api-key` for a launches:read key).
 * Written by hand from the rules, not read from the code: a new endpoint fails the test until it is
 * listed here, and a changed rule fails it until this table agrees.
 */
const ACCESS: Record<string, typeof PUBLIC | Array<Role | 'api-key'>> = {
  'auth-api GET /.well-known/jwks.json': PUBLIC,
  'auth-api GET /health/live': PUBLIC,
  'auth-api GET /health/ready': PUBLIC,
  'auth-api GET /auth/password-policy': PUBLIC,
  'auth-api POST /auth/register': PUBLIC,
  'auth-api POST /auth/verify-email': PUBLIC,
  'auth-api POST /auth/resend-verification': PUBLIC,
  'auth-api POST /auth/login': PUBLIC,
  'auth-api POST /auth/refresh': PUBLIC,
  'auth-api POST /auth/logout': PUBLIC,
  'auth-api POST /auth/forgot-password': PUBLIC,
  'auth-api POST /auth/reset-password': PUBLIC,
  'auth-api POST /auth/service-tokens': PUBLIC,
  'auth-api POST /auth/sessions/exchange': PUBLIC,
  'auth-api POST /auth/unlock-account': PUBLIC,
  'auth-api POST /auth/invitations/lookup': PUBLIC,
  'auth-api POST /auth/invitations/accept': PUBLIC,
  'auth-api GET /auth/me': PEOPLE,
  'auth-api POST /auth/change-password': PEOPLE,
  'auth-api GET /auth/me/preferences': PEOPLE,
  'auth-api PATCH /auth/me/preferences': PEOPLE,
  'auth-api GET /auth/me/billing': ['customer'],
  'auth-api PATCH /auth/me/billing': ['customer'],
  'auth-api POST /auth/sessions/codes': PEOPLE,
  'auth-api GET /auth/sessions/current': PEOPLE,
  'auth-api POST /auth/invitations': ['admin', 'supplier'],
  'auth-api POST /auth/api-keys': ['admin', 'supplier'],
  'auth-api GET /auth/api-keys': ['admin', 'supplier'],
  'auth-api DELETE /auth/api-keys/{id}': ['admin', 'supplier'],
  'auth-api POST /auth/api-keys/introspect': ['system'],
  'auth-api GET /auth/users': ['admin'],
  'auth-api PATCH /auth/users/{id}/roles': ['admin'],
  'auth-api POST /auth/users/{id}/disable': ['admin'],
  'auth-api POST /auth/users/{id}/enable': ['admin'],
  'auth-api POST /auth/housekeeping/credentials': ['system', 'operations', 'admin'],
  'customer-api GET /health/live': PUBLIC,
  'customer-api GET /health/ready': PUBLIC,
  'customer-api GET /launches': PUBLIC,
  'customer-api GET /launches/{id}': PUBLIC,
  'customer-api GET /launches/destinations': PUBLIC,
  'customer-api POST /bookings': ['customer'],
  'customer-api GET /bookings': ['customer'],
  'customer-api GET /bookings/{id}': ['customer'],
  'customer-api PUT /bookings/{id}/passengers': ['customer'],
  'customer-api POST /bookings/{id}/checkout': ['customer'],
  'customer-api POST /bookings/{id}/cancel': ['customer'],
  'customer-api GET /bookings/{id}/receipts': ['customer'],
  'customer-api GET /bookings/{id}/receipts/{receiptId}/pdf': ['customer'],
  'admin-api GET /health/live': PUBLIC,
  'admin-api GET /health/ready': PUBLIC,
  'admin-api GET /invoices': ['supplier', 'finance', 'admin'],
  'admin-api POST /invoices': ['finance', 'admin'],
  'admin-api POST /invoices/issuing-runs': ['system', 'admin'],
  'admin-api POST /invoices/overdue-runs': ['system', 'admin'],
  'admin-api GET /invoices/{id}': ['supplier', 'finance', 'admin'],
  'admin-api GET /invoices/{id}/pdf': ['supplier', 'finance', 'admin'],
  'admin-api POST /invoices/{id}/payments': ['finance', 'admin'],
  'admin-api POST /invoices/{id}/void': ['finance', 'admin'],
  'admin-api GET /launches': ['supplier', 'finance', 'admin', 'api-key'],
  'admin-api POST /launches': ['supplier', 'admin'],
  'admin-api GET /launches/{id}': ['supplier', 'finance', 'admin', 'api-key'],
  'admin-api PATCH /launches/{id}': ['supplier', 'admin'],
  'admin-api POST /launches/{id}/transitions': ['supplier', 'admin'],
  'admin-api GET /launches/{id}/history': ['supplier', 'finance', 'admin', 'api-key'],
  'admin-api GET /launches/{id}/bookings': ['supplier', 'admin'],
  'admin-api GET /launches/{id}/manifest': ['supplier', 'admin'],
  'admin-api GET /launches/{id}/manifest.csv': ['supplier', 'admin'],
  'admin-api GET /rockets': ['supplier', 'admin'],
  'admin-api POST /rockets': ['supplier', 'admin'],
  'admin-api GET /rockets/{id}': ['supplier', 'admin'],
  'admin-api PATCH /rockets/{id}': ['supplier', 'admin'],
  'admin-api DELETE /rockets/{id}': ['supplier', 'admin'],
  'admin-api POST /rockets/{id}/retire': ['supplier', 'admin'],
  'admin-api GET /supplier-profile': ['supplier', 'admin'],
  'admin-api PATCH /supplier-profile': ['supplier', 'admin'],
  'admin-api GET /suppliers': ['finance', 'admin'],
  'admin-api GET /reports/revenue': ['finance', 'admin'],
  'admin-api GET /reports/revenue.csv': ['finance', 'admin'],
  'admin-api GET /reports/annual': ['finance', 'admin'],
  'admin-api GET /reports/annual.csv': ['finance', 'admin'],
  'admin-api GET /reports/dashboard': ['finance', 'admin'],
  'admin-api GET /supplier/launches/{id}/bookings-report': ['supplier', 'admin'],
  'admin-api GET /supplier/launches/{id}/bookings-report.csv': ['supplier', 'admin'],
  'admin-api GET /supplier/reliability': ['supplier'],
  'admin-api POST /sync/catalog': ['operations', 'admin'],
  'core-api GET /health/live': PUBLIC,
  'core-api GET /health/ready': PUBLIC,
  'core-api POST /sync/catalog': ['system', 'operations', 'admin'],
  'core-api POST /sync/catalog/launches/{id}': ['system', 'operations', 'admin'],
  'core-api GET /sync/runs': ['operations', 'admin'],
  'core-api GET /logs': ['operations', 'admin'],
  'core-api GET /status': ['operations', 'admin'],
  'core-api POST /notifications/email': ['system'],
  'core-api GET /notifications': ['operations', 'admin'],
  'core-api POST /notifications/{id}/mark-sent': ['operations', 'admin'],
  'core-api DELETE /notifications/{id}': ['operations', 'admin'],
  'core-api POST /notifications/launches/{id}/announcement': ['system'],
  'core-api POST /notifications/launches/announcements/missed': ['system', 'operations', 'admin'],
  'core-api POST /bookings': ['system'],
  'core-api GET /bookings': ['system'],
  'core-api GET /bookings/{id}': ['system'],
  'core-api PUT /bookings/{id}/passengers': ['system'],
  'core-api POST /bookings/{id}/checkout': ['system'],
  'core-api POST /bookings/{id}/cancel': ['system'],
  'core-api GET /bookings/{id}/receipts': ['system'],
  'core-api POST /bookings/holds/expire': ['system', 'operations', 'admin'],
  'core-api POST /bookings/launches/{id}/cancel-all': ['system'],
  'core-api POST /bookings/aborted-launches/cancel-all': ['system', 'operations', 'admin'],
  'core-api POST /bookings/reminders': ['system', 'operations', 'admin'],
  'core-api POST /payments/webhooks/simulated': PUBLIC,
};

interface Endpoint {
  key: string;
  api: string;
  method: string;
  path: string;
}

/** Every operation of every checked-in OpenAPI spec, e.g. `admin-api GET /launches`. */
function specEndpoints(): Endpoint[] {
  const dir = new URL('../../../openapi/specs/', import.meta.url);
  return readdirSync(dir).flatMap((file) => {
    const api = file.replace(/\.json$/, '');
    const spec = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { paths: Record<string, object> };
    return Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({
        key: `${api} ${method.toUpperCase()} ${path}`,
        api,
        method: method.toUpperCase(),
        path,
      })),
    );
  });
}

describe('role matrix: every endpoint of every API for every kind of caller', () => {
  let databases: IsolatedDatabases;
  const services: Record<string, InProcessService> = {};
  const credentials: Partial<Record<Caller, Record<string, string>>> = { anonymous: {} };
  const issuedTokens: string[] = [];

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    // The matrix calls every API in-process; only the Auth API and Core API listen, as the others call them.
    const auth = await startAuthApi(databases);
    const env = { ...databases.env, AUTH_API_URL: auth.url };
    services['auth-api'] = auth;
    const core = await startService(coreApi, env);
    services['core-api'] = core;
    const coreEnv = { ...env, CORE_API_URL: core.url };
    services['customer-api'] = await createService(customerApi, coreEnv);
    services['admin-api'] = await createService(adminApi, coreEnv);

    // The admin demo account also holds the finance and operations roles; the matrix needs one role per caller.
    const pureAdmin = await signIn(auth.url, DEMO_EMAILS.admin);
    await createAuthApiClient({ baseUrl: auth.url, accessToken: pureAdmin.accessToken }).PATCH(
      '/auth/users/{id}/roles',
      {
        params: { path: { id: pureAdmin.user.id } },
        body: { roles: ['admin'] },
      },
    );
    for (const role of ['customer', 'supplier', 'finance', 'operations', 'admin'] as const) {
      const pair = await signIn(auth.url, DEMO_EMAILS[role]);
      expect(pair.user.roles).toEqual([role]);
      issuedTokens.push(pair.accessToken, pair.refreshToken);
      credentials[role] = { authorization: `Bearer ${pair.accessToken}` };
    }
    const system = await serviceToken(auth.url);
    issuedTokens.push(system);
    credentials.system = { authorization: `Bearer ${system}` };
    const { data: key } = await createAuthApiClient({
      baseUrl: auth.url,
      accessToken: pureAdmin.accessToken,
    }).POST('/auth/api-keys', { body: { name: 'matrix', scopes: ['launches:read'] } });
    issuedTokens.push(key!.key);
    credentials['api-key'] = { 'x-api-key': key!.key };
    // Right issuer, audience and claims, but signed with a key the Auth API never published.
    const forged = await new SignJWT({ roles: ['admin', 'system'], email: DEMO_EMAILS.admin })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('astrobookings-auth')
      .setAudience('astrobookings')
      .setSubject(pureAdmin.user.id)
      .setExpirationTime('5m')
      .sign(generateKeyPairSync('ed25519').privateKey);
    credentials.forged = { authorization: `Bearer ${forged}` };
  }, 90_000);

  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
    await databases?.drop();
  }, 30_000);

  it('lists every endpoint of the OpenAPI specs in the matrix, and nothing else', () => {
    const inSpecs = specEndpoints()
      .map((endpoint) => endpoint.key)
      .sort();
    expect(inSpecs).toEqual(Object.keys(ACCESS).sort());
  });

  it('lets exactly the allowed callers through: 401 without valid credentials, 403 with the wrong role', async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    for (const endpoint of specEndpoints()) {
      const access = ACCESS[endpoint.key];
      if (!access) continue;
      for (const caller of CALLERS) {
        const allowed = access === PUBLIC || (access as string[]).includes(caller);
        const status = await call(endpoint, caller, (body) => {
          if (issuedTokens.some((token) => body.includes(token)) || /eyJ[\w-]+\.eyJ[\w-]+\./.test(body)) {
            leaks.push(`${endpoint.key} as ${caller}`);
          }
        });
        const unauthenticated = caller === 'anonymous' || caller === 'forged' || caller === 'api-key';
        const expected = allowed ? 'not 401/403' : unauthenticated ? '401' : '403';
        const ok = allowed ? status !== 401 && status !== 403 : String(status) === expected;
        if (!ok) mismatches.push(`${endpoint.key} as ${caller}: expected ${expected}, got ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
  }, 120_000);

  async function call(
    endpoint: Endpoint,
    caller: Caller,
    inspectError: (body: string) => void,
  ): Promise<number> {
    const path = endpoint.path
      .replace('{id}', '00000000-0000-4000-8000-000000000000')
      .replace('{token}', 'not-a-real-token');
    const hasBody = ['POST', 'PATCH', 'PUT'].includes(endpoint.method);
    const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const api = request(services[endpoint.api].app.getHttpServer());
    const test = api[method](path).set(credentials[caller] ?? {});
    const response = await (hasBody ? test.set('content-type', 'application/json').send('{}') : test);
    // SuperAgent leaves `text` unset for a binary content type and hands over the bytes as `body` instead.
    const body = Buffer.isBuffer(response.body) ? response.body.toString('utf8') : response.text;
    if (!response.ok) inspectError(body);
    return response.status;
  }
});
