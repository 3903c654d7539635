import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import mongoose from 'mongoose';
import { coreApi } from '../apps/core-api/core-api.definition.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { eventually } from '../testing/eventually.js';
import { DEMO_EMAILS, serviceToken, signIn, startAuthApi, type TokenPair } from '../testing/auth-fixture.js';
import {
  adminQuery,
  createIsolatedDatabases,
  type IsolatedDatabases,
} from '../testing/isolated-databases.js';
import { tokenFromLink, waitForEmail } from '../testing/mailbox.js';
import { startService, type RunningService } from '../testing/start-service.js';

const NEW_PASSWORD = 'Fresh-Orbit-Pass-42';

describe('Auth API account flows', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let anonymous: AuthApiClient;
  let coreDb: mongoose.Connection;
  const passwordsUsed = new Set<string>([DEMO_PASSWORD, NEW_PASSWORD]);
  const as = (token: string): AuthApiClient => createAuthApiClient({ baseUrl: auth.url, accessToken: token });
  const uniqueEmail = (name: string) =>
    `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    // Core API hosts the notification dispatcher that sends what the Auth API queues.
    core = await startService(coreApi, {
      ...databases.env,
      AUTH_API_URL: auth.url,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '200',
    });
    anonymous = createAuthApiClient({ baseUrl: auth.url });
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 60_000);

  afterAll(async () => {
    await coreDb?.close();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  async function registerVerified(email: string): Promise<void> {
    await anonymous.POST('/auth/register', {
      body: { email, password: DEMO_PASSWORD, fullName: 'Test Traveller', taxId: 'DE123456789' },
    });
    const mail = await waitForEmail(email, 'Confirm your AstroBookings email');
    await anonymous.POST('/auth/verify-email', { body: { token: tokenFromLink(mail, 'verify-email') } });
  }

  it('registers a customer who can sign in only after following the emailed verification link', async () => {
    const email = uniqueEmail('new-customer');
    const registered = await anonymous.POST('/auth/register', {
      body: { email, password: DEMO_PASSWORD, fullName: 'Nova Traveller', taxId: 'es 12345678-z' },
    });
    expect(registered.response.status).toBe(202);
    expect(registered.data).toEqual({ status: 'verification-sent' });

    const early = await anonymous.POST('/auth/login', { body: { email, password: DEMO_PASSWORD } });
    expect(early.response.status).toBe(403);

    const mail = await waitForEmail(email, 'Confirm your AstroBookings email');
    expect(mail.text).toContain('http://auth-web.test/verify-email#token=');
    const token = tokenFromLink(mail, 'verify-email');
    const queued = await eventually(async () => {
      const row = await coreDb.collection('notifications').findOne({ to: email, status: 'sent' });
      return row ?? undefined;
    });
    expect(queued).toMatchObject({ origin: 'auth-api', attempts: 1 });
    expect(queued.text).toContain('verify-email#token=[redacted]');
    expect(queued.text).not.toContain(token);
    expect((await anonymous.POST('/auth/verify-email', { body: { token } })).response.status).toBe(204);
    expect((await anonymous.POST('/auth/verify-email', { body: { token } })).response.status).toBe(400);

    const signedIn = await anonymous.POST('/auth/login', {
      body: { email: email.toUpperCase(), password: DEMO_PASSWORD },
    });
    expect(signedIn.response.status).toBe(200);
    expect(signedIn.data?.user).toMatchObject({ email, name: 'Nova Traveller', roles: ['customer'] });
    const customerDb = await mongoose.createConnection(databases.env.CUSTOMER_DB_URL).asPromise();
    try {
      const profile = await customerDb.collection('customers').findOne({ email });
      expect(profile).toMatchObject({
        _id: signedIn.data!.user.id,
        taxId: 'ES12345678Z',
        fullName: 'Nova Traveller',
      });
    } finally {
      await customerDb.close();
    }
  });

  it('answers registration of a known email exactly like a new one and tells the owner by email', async () => {
    const known = await anonymous.POST('/auth/register', {
      body: {
        email: DEMO_EMAILS.vip,
        password: NEW_PASSWORD,
        fullName: 'Someone Else',
        taxId: 'US123456789',
      },
    });
    expect(known.response.status).toBe(202);
    expect(known.data).toEqual({ status: 'verification-sent' });
    await waitForEmail(DEMO_EMAILS.vip, 'Someone tried to sign up');
    const login = await anonymous.POST('/auth/login', {
      body: { email: DEMO_EMAILS.vip, password: NEW_PASSWORD },
    });
    expect(login.response.status).toBe(401);
  });

  it('rejects a weak password and a malformed tax id, naming each field', async () => {
    const { response, error } = await anonymous.POST('/auth/register', {
      body: { email: uniqueEmail('weak'), password: 'short', fullName: 'Weak', taxId: '123' },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.field).sort()).toEqual(['password', 'taxId']);
  });

  it('resets a forgotten password through the emailed link and ends the sessions that existed', async () => {
    const email = uniqueEmail('forgetful');
    await registerVerified(email);
    const before = await signIn(auth.url, email);

    const unknown = await anonymous.POST('/auth/forgot-password', { body: { email: uniqueEmail('nobody') } });
    const known = await anonymous.POST('/auth/forgot-password', { body: { email } });
    expect(known.response.status).toBe(202);
    expect(unknown.response.status).toBe(202);
    expect(unknown.data).toEqual(known.data);

    const token = tokenFromLink(
      await waitForEmail(email, 'Reset your AstroBookings password'),
      'reset-password',
    );
    const weak = await anonymous.POST('/auth/reset-password', { body: { token, password: 'weak' } });
    expect(weak.response.status).toBe(400);
    expect(
      (await anonymous.POST('/auth/reset-password', { body: { token, password: NEW_PASSWORD } })).response
        .status,
    ).toBe(204);
    expect(
      (await anonymous.POST('/auth/reset-password', { body: { token, password: NEW_PASSWORD } })).response
        .status,
    ).toBe(400);

    expect(
      (await anonymous.POST('/auth/refresh', { body: { refreshToken: before.refreshToken } })).response
        .status,
    ).toBe(401);
    expect(
      (await anonymous.POST('/auth/login', { body: { email, password: DEMO_PASSWORD } })).response.status,
    ).toBe(401);
    expect(
      (await anonymous.POST('/auth/login', { body: { email, password: NEW_PASSWORD } })).response.status,
    ).toBe(200);
  });

  it('changes the password of the signed-in user once the current one is confirmed', async () => {
    const email = uniqueEmail('changer');
    await registerVerified(email);
    const other = await signIn(auth.url, email);
    const current = await signIn(auth.url, email);
    const client = as(current.accessToken);
    const wrong = await client.POST('/auth/change-password', {
      body: { currentPassword: 'Not-The-Password-1', newPassword: NEW_PASSWORD },
    });
    expect(wrong.response.status).toBe(400);
    const changed = await client.POST('/auth/change-password', {
      body: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.response.status).toBe(204);
    expect(
      (await anonymous.POST('/auth/refresh', { body: { refreshToken: other.refreshToken } })).response.status,
    ).toBe(401);
    expect(
      (await anonymous.POST('/auth/refresh', { body: { refreshToken: current.refreshToken } })).response
        .status,
    ).toBe(200);
    expect(
      (await anonymous.POST('/auth/login', { body: { email, password: NEW_PASSWORD } })).response.status,
    ).toBe(200);
  });

  it('hands another app a one-time code for its own tokens in the same session, and one logout ends both', async () => {
    const authWeb = await signIn(auth.url, DEMO_EMAILS.customer);
    const { data: code, response } = await as(authWeb.accessToken).POST('/auth/sessions/codes', {
      body: { refreshToken: authWeb.refreshToken },
    });
    expect(response.status).toBe(201);
    expect(code?.expiresIn).toBe(60);

    const exchanged = await anonymous.POST('/auth/sessions/exchange', { body: { code: code!.code } });
    expect(exchanged.response.status).toBe(200);
    const customerApp = exchanged.data as TokenPair;
    expect(customerApp.refreshToken).not.toBe(authWeb.refreshToken);
    const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
    expect(sid(customerApp.accessToken)).toBe(sid(authWeb.accessToken));
    expect(
      (await anonymous.POST('/auth/sessions/exchange', { body: { code: code!.code } })).response.status,
    ).toBe(401);

    expect((await as(customerApp.accessToken).GET('/auth/sessions/current')).response.status).toBe(200);
    expect(
      (await anonymous.POST('/auth/logout', { body: { refreshToken: authWeb.refreshToken } })).response
        .status,
    ).toBe(204);
    expect((await as(customerApp.accessToken).GET('/auth/sessions/current')).response.status).toBe(401);
    expect(
      (await anonymous.POST('/auth/refresh', { body: { refreshToken: customerApp.refreshToken } })).response
        .status,
    ).toBe(401);
  });

  it('invites supplier staff, who accept with their own password and sign in bound to the supplier', async () => {
    const admin = await signIn(auth.url, DEMO_EMAILS.admin);
    const supplier = await signIn(auth.url, DEMO_EMAILS.supplier);
    const supplierId = supplier.user.supplierId!;
    const email = uniqueEmail('new-staff');
    const invited = await as(admin.accessToken).POST('/auth/invitations', {
      body: { email, roles: ['supplier'], supplierId },
    });
    expect(invited.response.status).toBe(201);
    expect(invited.data?.email).toBe(email);

    const token = tokenFromLink(await waitForEmail(email, 'You are invited'), 'invitation');
    const details = await anonymous.POST('/auth/invitations/lookup', { body: { token } });
    expect(details.data).toEqual({ email, roles: ['supplier'], supplierName: 'Orbital Horizons' });

    const accepted = await anonymous.POST('/auth/invitations/accept', {
      body: { token, password: NEW_PASSWORD, fullName: 'Stella Staff' },
    });
    expect(accepted.response.status).toBe(201);
    expect(accepted.data).toMatchObject({ email, roles: ['supplier'], supplierId });
    const again = await anonymous.POST('/auth/invitations/accept', {
      body: { token, password: NEW_PASSWORD, fullName: 'Stella Staff' },
    });
    expect(again.response.status).toBe(400);

    const staffSignIn = await signIn(auth.url, email, NEW_PASSWORD);
    expect(staffSignIn.user.supplierId).toBe(supplierId);
    const staff = await adminQuery(
      databases.env.DATABASE_URL,
      `SELECT kind, supplier_id FROM staff_members WHERE email = '${email}'`,
    );
    expect(staff.rows).toEqual([{ kind: 'supplier', supplier_id: supplierId }]);
  });

  it('lets a supplier invite only staff of its own organisation', async () => {
    const supplier = await signIn(auth.url, DEMO_EMAILS.supplier);
    const client = as(supplier.accessToken);
    const employee = await client.POST('/auth/invitations', {
      body: { email: uniqueEmail('x'), roles: ['finance'] },
    });
    expect(employee.response.status).toBe(403);
    const email = uniqueEmail('colleague');
    const colleague = await client.POST('/auth/invitations', {
      body: { email, roles: ['supplier'], supplierId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(colleague.response.status).toBe(201);
    const token = tokenFromLink(await waitForEmail(email, 'You are invited'), 'invitation');
    const details = await anonymous.POST('/auth/invitations/lookup', { body: { token } });
    expect(details.data?.supplierName).toBe('Orbital Horizons');
  });

  it('lets an admin find users, change their roles, and disable them, which ends their sessions', async () => {
    const admin = as((await signIn(auth.url, DEMO_EMAILS.admin)).accessToken);
    const found = await admin.GET('/auth/users', {
      params: { query: { search: 'FINANCE@astro', role: 'finance' } },
    });
    expect(found.data?.items.map((user) => user.email)).toEqual([DEMO_EMAILS.finance]);
    expect(found.data?.total).toBe(1);

    const email = uniqueEmail('managed');
    await registerVerified(email);
    const session = await signIn(auth.url, email);
    const userId = session.user.id;
    const changed = await admin.PATCH('/auth/users/{id}/roles', {
      params: { path: { id: userId } },
      body: { roles: ['customer', 'operations'] },
    });
    expect(changed.data?.roles).toEqual(['customer', 'operations']);
    const refreshed = await anonymous.POST('/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(refreshed.data?.user.roles).toEqual(['customer', 'operations']);

    const disabled = await admin.POST('/auth/users/{id}/disable', { params: { path: { id: userId } } });
    expect(disabled.data?.status).toBe('disabled');
    expect(
      (await anonymous.POST('/auth/refresh', { body: { refreshToken: refreshed.data!.refreshToken } }))
        .response.status,
    ).toBe(401);
    expect(
      (await anonymous.POST('/auth/login', { body: { email, password: DEMO_PASSWORD } })).response.status,
    ).toBe(403);

    await admin.POST('/auth/users/{id}/enable', { params: { path: { id: userId } } });
    expect(
      (await anonymous.POST('/auth/login', { body: { email, password: DEMO_PASSWORD } })).response.status,
    ).toBe(200);

    const events = await coreDb.collection('system_logs').find({ 'details.userId': userId }).toArray();
    expect(events.map((event) => event.eventType)).toEqual(
      expect.arrayContaining(['auth.roles.changed', 'auth.user.disabled', 'auth.user.enabled']),
    );
    for (const event of events) {
      expect(event.actor).toMatch(/^user:/);
      expect(event.details.ip).toBeDefined();
      expect(event.requestId).toBeDefined();
    }
  });

  it('creates API keys shown once, introspects them for services, and revokes them', async () => {
    const admin = as((await signIn(auth.url, DEMO_EMAILS.admin)).accessToken);
    const system = as(await serviceToken(auth.url));
    const { data: created, response } = await admin.POST('/auth/api-keys', {
      body: { name: 'Partner feed', scopes: ['launches:read'] },
    });
    expect(response.status).toBe(201);
    expect(created?.key).toMatch(/^ak_/);
    expect(
      (await system.POST('/auth/api-keys/introspect', { body: { key: created!.key } })).data,
    ).toMatchObject({
      active: true,
      scopes: ['launches:read'],
      keyId: created!.id,
    });
    const supplier = as((await signIn(auth.url, DEMO_EMAILS.supplier)).accessToken);
    const foreign = await supplier.DELETE('/auth/api-keys/{id}', { params: { path: { id: created!.id } } });
    expect(foreign.response.status).toBe(404);
    expect(
      (await admin.DELETE('/auth/api-keys/{id}', { params: { path: { id: created!.id } } })).response.status,
    ).toBe(204);
    expect((await system.POST('/auth/api-keys/introspect', { body: { key: created!.key } })).data).toEqual({
      active: false,
      scopes: [],
    });
    const stored = await coreDb.collection('api_keys').findOne({ _id: created!.id as never });
    expect(JSON.stringify(stored)).not.toContain(created!.key);
  });

  it('publishes the key that verifies its access tokens, which carry roles, supplier and session for two minutes', async () => {
    const pair = await signIn(auth.url, DEMO_EMAILS.supplier);
    const jwks = createRemoteJWKSet(new URL(`${auth.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(pair.accessToken, jwks, {
      issuer: 'astrobookings-auth',
      audience: 'astrobookings',
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload).toMatchObject({
      sub: pair.user.id,
      email: DEMO_EMAILS.supplier,
      roles: ['supplier'],
      supplierId: pair.user.supplierId,
    });
    expect(payload.sid).toEqual(expect.any(String));
    expect(payload.exp! - payload.iat!).toBe(120);
    expect(pair.expiresIn).toBe(120);
  });

  it('refuses a service token for a wrong secret and records the attempt', async () => {
    const { response } = await anonymous.POST('/auth/service-tokens', {
      body: { service: 'intruder', secret: 'guess-guess-guess' },
    });
    expect(response.status).toBe(401);
    const event = await coreDb.collection('system_logs').findOne({ eventType: 'auth.service-token.refused' });
    expect(event).toMatchObject({ actor: 'service:intruder' });
  });

  it('never writes a password to the service log or the system log', async () => {
    const serviceLog = JSON.stringify([...auth.logs.lines, ...core.logs.lines]);
    const systemLog = JSON.stringify(await coreDb.collection('system_logs').find().toArray());
    expect(auth.logs.lines.length).toBeGreaterThan(10);
    for (const password of passwordsUsed) {
      expect(serviceLog).not.toContain(password);
      expect(systemLog).not.toContain(password);
    }
  });
});
