import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import request from 'supertest';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.js';
import { DEMO_EMAILS, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import type { RunningService } from '../../testing/start-service.js';

const RATE_LIMIT = 5;
const LOCKOUT_THRESHOLD = 3;

describe('Auth API abuse protection', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let ipCounter = 0;
  // Each test signs in from its own client IP (the Auth API trusts X-Forwarded-For from loopback proxies).
  const freshIp = () => `198.51.100.${++ipCounter}`;

  const post = async (path: string, body: unknown, ip: string) => {
    const response = await request(auth.app.getHttpServer())
      .post(path)
      .set({ 'content-type': 'application/json', 'x-forwarded-for': ip })
      .send(JSON.stringify(body));
    return {
      status: response.status,
      retryAfter: response.get('retry-after'),
      body: response.body as { status: number; detail?: string },
    };
  };

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases, {
      AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      AUTH_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      AUTH_LOCKOUT_MINUTES: '15',
    });
  }, 60_000);

  afterAll(async () => {
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('answers an unknown email and a wrong password with the same generic problem', async () => {
    const unknown = await post(
      '/auth/login',
      { email: 'nobody-here@example.com', password: 'Wrong-Password-1' },
      freshIp(),
    );
    const wrong = await post(
      '/auth/login',
      { email: DEMO_EMAILS.operations, password: 'Wrong-Password-1' },
      freshIp(),
    );
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.detail).toBe('Invalid email or password.');
    expect(JSON.stringify(wrong.body)).not.toContain('Wrong-Password-1');
  });

  it('limits sign-in attempts per IP with 429 and Retry-After, without affecting other IPs', async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < RATE_LIMIT; attempt += 1) {
      const email = `flood-${attempt}@example.com`;
      expect((await post('/auth/login', { email, password: 'Wrong-Password-1' }, ip)).status).toBe(401);
    }
    const limited = await post('/auth/login', { email: DEMO_EMAILS.customer, password: DEMO_PASSWORD }, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect(limited.body).toMatchObject({ status: 429 });
    expect(
      (await post('/auth/login', { email: DEMO_EMAILS.customer, password: DEMO_PASSWORD }, freshIp())).status,
    ).toBe(200);
  });

  it('limits registrations and password reset requests per IP', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
      statuses.push(
        (await post('/auth/forgot-password', { email: `reset-${attempt}@example.com` }, ip)).status,
      );
    }
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(202), 429]);
    const registerIp = freshIp();
    const registrations: number[] = [];
    for (let attempt = 0; attempt <= RATE_LIMIT; attempt += 1) {
      const body = {
        email: `reg-${attempt}@example.com`,
        password: DEMO_PASSWORD,
        fullName: 'Flood',
        taxId: 'ES12345678Z',
      };
      registrations.push((await post('/auth/register', body, registerIp)).status);
    }
    expect(registrations.at(-1)).toBe(429);
  });

  it('locks an account after repeated failures, even against the right password, and logs it', async () => {
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      const failed = await post(
        '/auth/login',
        { email: DEMO_EMAILS.finance, password: 'Wrong-Password-1' },
        freshIp(),
      );
      expect(failed.status).toBe(401);
    }
    const locked = await post(
      '/auth/login',
      { email: DEMO_EMAILS.finance, password: DEMO_PASSWORD },
      freshIp(),
    );
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(60);

    const connection = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    try {
      const credential = await connection.collection('credentials').findOne({ email: DEMO_EMAILS.finance });
      expect(credential?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
      const event = await connection.collection('system_logs').findOne({ eventType: 'auth.login.locked' });
      expect(event).toMatchObject({
        actor: `user:${String(credential?._id)}`,
        details: { email: DEMO_EMAILS.finance },
      });
      expect(event?.details.ip).toMatch(/^198\.51\.100\./);
      expect(event?.requestId).toBeDefined();
    } finally {
      await connection.close();
    }
  });

  it('locks an unknown address the same way, so a lockout tells nothing about who has an account', async () => {
    const email = 'never-registered@example.com';
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      expect((await post('/auth/login', { email, password: 'Wrong-Password-1' }, freshIp())).status).toBe(
        401,
      );
    }
    const locked = await post('/auth/login', { email, password: 'Wrong-Password-1' }, freshIp());
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(60);
  });
});
