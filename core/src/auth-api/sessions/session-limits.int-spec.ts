import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import type { RunningService } from '../../testing/start-service.js';

const HOUR_MS = 3_600_000;

describe('session limits', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let anonymous: AuthApiClient;
  let coreDb: mongoose.Connection;
  const as = (token: string): AuthApiClient => createAuthApiClient({ baseUrl: auth.url, accessToken: token });
  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      sid: string;
    };

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    anonymous = createAuthApiClient({ baseUrl: auth.url });
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 60_000);

  afterAll(async () => {
    await coreDb?.close();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('refuses a single sign-on code to an access token without the refresh token of its session', async () => {
    const stolen = await signIn(auth.url, DEMO_EMAILS.customer);
    const other = await signIn(auth.url, DEMO_EMAILS.customer);

    const bare = await as(stolen.accessToken).POST('/auth/sessions/codes', {
      body: {} as { refreshToken: string },
    });
    expect(bare.response.status).toBe(400);
    const foreign = await as(stolen.accessToken).POST('/auth/sessions/codes', {
      body: { refreshToken: other.refreshToken },
    });
    expect(foreign.response.status).toBe(401);

    const rotated = await anonymous.POST('/auth/refresh', { body: { refreshToken: stolen.refreshToken } });
    const replaced = await as(rotated.data!.accessToken).POST('/auth/sessions/codes', {
      body: { refreshToken: stolen.refreshToken },
    });
    expect(replaced.response.status).toBe(401);

    const live = await as(rotated.data!.accessToken).POST('/auth/sessions/codes', {
      body: { refreshToken: rotated.data!.refreshToken },
    });
    expect(live.response.status).toBe(201);
  });

  it('ends a staff session after its absolute lifetime, and a customer one after a month, however it is used', async () => {
    const admin = await signIn(auth.url, DEMO_EMAILS.admin);
    const customer = await signIn(auth.url, DEMO_EMAILS.customer);
    const sessions = coreDb.collection<{ _id: string; createdAt: Date; expiresAt: Date }>('sessions');
    const lifetime = async (token: string) => {
      const session = await sessions.findOne({ _id: claimsOf(token).sid });
      return session!.expiresAt.getTime() - session!.createdAt.getTime();
    };
    expect(await lifetime(admin.accessToken)).toBe(12 * HOUR_MS);
    expect(await lifetime(customer.accessToken)).toBe(30 * 24 * HOUR_MS);

    const refreshTokens = coreDb.collection<{ sessionId: string; expiresAt: Date }>('refresh_tokens');
    const adminRefresh = await refreshTokens.findOne({ sessionId: claimsOf(admin.accessToken).sid });
    expect(adminRefresh!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 12 * HOUR_MS);

    // As if the working day had passed: the refresh token is still within its own sliding window.
    await sessions.updateOne({ _id: claimsOf(admin.accessToken).sid }, { $set: { expiresAt: new Date() } });
    const refreshed = await anonymous.POST('/auth/refresh', { body: { refreshToken: admin.refreshToken } });
    expect(refreshed.response.status).toBe(401);
    expect((await as(admin.accessToken).GET('/auth/sessions/current')).response.status).toBe(401);
  });
});
