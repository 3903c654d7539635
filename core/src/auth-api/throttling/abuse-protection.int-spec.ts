import { createAuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.js';
import { DEMO_EMAILS, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { tokenFromLink, waitForEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';

const RATE_LIMIT = 5;
const LOCKOUT_THRESHOLD = 3;
const ACCOUNT_LOCK_THRESHOLD = 6;
const LIMITS = {
  AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  AUTH_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
  AUTH_LOCKOUT_MINUTES: '15',
  AUTH_ACCOUNT_LOCK_THRESHOLD: String(ACCOUNT_LOCK_THRESHOLD),
  AUTH_ACCOUNT_LOCK_MINUTES: '60',
};
const WRONG_PASSWORD = 'Wrong-Password-1';

interface Answer {
  status: number;
  retryAfter: number;
  body: { status?: number; detail?: string };
}

describe('Auth API abuse protection', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let coreDb: mongoose.Connection;
  let addressCounter = 0;
  // Each test's clients have their own addresses, which the Auth API is told the way a BFF tells it.
  const freshAddress = () => `198.51.100.${++addressCounter}`;

  /** Calls `url` as a BFF does on behalf of the browser at `clientAddress` (the openapi client's option). */
  const post = async (
    path: '/auth/login' | '/auth/forgot-password' | '/auth/register' | '/auth/unlock-account',
    body: object,
    clientAddress: string,
    url = auth.url,
  ): Promise<Answer> => {
    const client = createAuthApiClient({ baseUrl: url, clientAddress });
    const { data, error, response } = await client.POST(path, { body: body as never });
    return {
      status: response.status,
      retryAfter: Number(response.headers.get('retry-after')),
      body: error ?? data ?? {},
    };
  };
  const signIn = (email: string, password: string, clientAddress: string, url?: string) =>
    post('/auth/login', { email, password }, clientAddress, url);

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases, LIMITS);
    // Core API hosts the notification dispatcher that sends the unlock emails the Auth API queues.
    core = await startService(coreApi, {
      ...databases.env,
      AUTH_API_URL: auth.url,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '200',
    });
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 60_000);

  afterAll(async () => {
    await coreDb?.close();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('answers an unknown email and a wrong password with the same generic problem', async () => {
    const unknown = await signIn('nobody-here@example.com', WRONG_PASSWORD, freshAddress());
    const wrong = await signIn(DEMO_EMAILS.operations, WRONG_PASSWORD, freshAddress());
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.detail).toBe('Invalid email or password.');
    expect(JSON.stringify(wrong.body)).not.toContain(WRONG_PASSWORD);
  });

  it('limits sign-in attempts per client address with 429 and Retry-After, without affecting other clients', async () => {
    const client = freshAddress();
    for (let attempt = 0; attempt < RATE_LIMIT; attempt += 1) {
      expect((await signIn(`flood-${attempt}@example.com`, WRONG_PASSWORD, client)).status).toBe(401);
    }
    const limited = await signIn(DEMO_EMAILS.customer, DEMO_PASSWORD, client);
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(limited.retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body).toMatchObject({ status: 429 });
    expect((await signIn(DEMO_EMAILS.customer, DEMO_PASSWORD, freshAddress())).status).toBe(200);
  });

  it('limits registrations and password reset requests per client address', async () => {
    const client = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
      statuses.push(
        (await post('/auth/forgot-password', { email: `reset-${attempt}@example.com` }, client)).status,
      );
    }
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(202), 429]);
    expect((await post('/auth/forgot-password', { email: 'other@example.com' }, freshAddress())).status).toBe(
      202,
    );
    const registerClient = freshAddress();
    const registrations: number[] = [];
    for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
      const body = {
        email: `reg-${attempt}@example.com`,
        password: DEMO_PASSWORD,
        fullName: 'Flood',
        taxId: 'ES12345678Z',
      };
      registrations.push((await post('/auth/register', body, registerClient)).status);
    }
    expect(registrations.at(-1)).toBe(429);
  });

  it('makes the guessing client wait, even with the right password, while the owner signs in from their own', async () => {
    const attacker = freshAddress();
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      expect((await signIn(DEMO_EMAILS.supplier, WRONG_PASSWORD, attacker)).status).toBe(401);
    }
    const delayed = await signIn(DEMO_EMAILS.supplier, DEMO_PASSWORD, attacker);
    expect(delayed.status).toBe(429);
    expect(delayed.retryAfter).toBeGreaterThan(0);
    expect(delayed.retryAfter).toBeLessThanOrEqual(30);
    expect((await signIn(DEMO_EMAILS.supplier, DEMO_PASSWORD, freshAddress())).status).toBe(200);

    const event = await coreDb
      .collection('system_logs')
      .findOne({ eventType: 'auth.login.failed', 'details.email': DEMO_EMAILS.supplier });
    expect(event?.details.ip).toBe(attacker);
  });

  it('locks the account once many clients failed, emails its owner a single-use link that lifts the lock', async () => {
    const email = DEMO_EMAILS.finance;
    for (let attempt = 0; attempt < ACCOUNT_LOCK_THRESHOLD; attempt += 1) {
      expect((await signIn(email, WRONG_PASSWORD, freshAddress())).status).toBe(401);
    }
    const locked = await signIn(email, DEMO_PASSWORD, freshAddress());
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBeGreaterThan(60);
    const event = await coreDb.collection('system_logs').findOne({ eventType: 'auth.login.locked' });
    expect(event).toMatchObject({ details: { email } });
    expect(event?.details.ip).toMatch(/^198\.51\.100\./);
    expect(event?.requestId).toBeDefined();

    const token = tokenFromLink(await waitForEmail(email, 'account was locked'), 'unlock-account');
    expect((await post('/auth/unlock-account', { token }, freshAddress())).status).toBe(204);
    expect((await signIn(email, DEMO_PASSWORD, freshAddress())).status).toBe(200);
    expect((await post('/auth/unlock-account', { token }, freshAddress())).status).toBe(400);
  });

  it('lets an admin lift an account lock by enabling the account', async () => {
    const email = DEMO_EMAILS.vip;
    for (let attempt = 0; attempt < ACCOUNT_LOCK_THRESHOLD; attempt += 1) {
      await signIn(email, WRONG_PASSWORD, freshAddress());
    }
    expect((await signIn(email, DEMO_PASSWORD, freshAddress())).status).toBe(429);
    const adminLogin = await createAuthApiClient({ baseUrl: auth.url, clientAddress: freshAddress() }).POST(
      '/auth/login',
      { body: { email: DEMO_EMAILS.admin, password: DEMO_PASSWORD } },
    );
    const admin = createAuthApiClient({ baseUrl: auth.url, accessToken: adminLogin.data!.accessToken });
    const { data: users } = await admin.GET('/auth/users', { params: { query: { search: email } } });
    expect(users?.items[0]?.lockedUntil).toBeDefined();
    const enabled = await admin.POST('/auth/users/{id}/enable', {
      params: { path: { id: users!.items[0].id } },
    });
    expect(enabled.data?.lockedUntil).toBeUndefined();
    expect((await signIn(email, DEMO_PASSWORD, freshAddress())).status).toBe(200);
  });

  it('locks an unknown address the same way, so a lock tells nothing about who has an account', async () => {
    const email = 'never-registered@example.com';
    for (let attempt = 0; attempt < ACCOUNT_LOCK_THRESHOLD; attempt += 1) {
      expect((await signIn(email, WRONG_PASSWORD, freshAddress())).status).toBe(401);
    }
    const locked = await signIn(email, WRONG_PASSWORD, freshAddress());
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBeGreaterThan(60);
  });

  it('enforces one limit across two Auth API instances, which share the store', async () => {
    const second = await startAuthApi(databases, LIMITS);
    try {
      const client = freshAddress();
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
        const url = attempt % 2 === 0 ? auth.url : second.url;
        statuses.push((await signIn(`twin-${attempt}@example.com`, WRONG_PASSWORD, client, url)).status);
      }
      expect(statuses).toEqual([...Array(RATE_LIMIT).fill(401), 429]);
    } finally {
      await second.stop();
    }
  });

  it('counts a caller that is not a trusted BFF by its own address, whatever X-Forwarded-For it sends', async () => {
    const untrusting = await startAuthApi(databases, { ...LIMITS, TRUST_PROXY: '192.0.2.10' });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
        statuses.push(
          (await signIn(`spoof-${attempt}@example.com`, WRONG_PASSWORD, freshAddress(), untrusting.url))
            .status,
        );
      }
      expect(statuses).toEqual([...Array(RATE_LIMIT).fill(401), 429]);
    } finally {
      await untrusting.stop();
    }
  });
});
