import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import type { RunningService } from '../../testing/start-service.js';

describe('refresh token rotation', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let client: AuthApiClient;
  const refresh = (refreshToken: string) => client.POST('/auth/refresh', { body: { refreshToken } });
  const sessionIsActive = async (accessToken: string) =>
    (await createAuthApiClient({ baseUrl: auth.url, accessToken }).GET('/auth/sessions/current')).response
      .status === 200;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    client = createAuthApiClient({ baseUrl: auth.url });
  }, 60_000);

  afterAll(async () => {
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('gives a new refresh token on every use, each usable once', async () => {
    const first = await signIn(auth.url, DEMO_EMAILS.customer);
    const second = await refresh(first.refreshToken);
    expect(second.response.status).toBe(200);
    expect(second.data!.refreshToken).not.toBe(first.refreshToken);
    expect(second.data!.accessToken).not.toBe(first.accessToken);
    const third = await refresh(second.data!.refreshToken);
    expect(third.response.status).toBe(200);
    expect(await sessionIsActive(third.data!.accessToken)).toBe(true);
  });

  it('revokes the whole session when a rotated token is reused: the newest token stops working too', async () => {
    const first = await signIn(auth.url, DEMO_EMAILS.customer);
    const second = (await refresh(first.refreshToken)).data!;
    const newest = (await refresh(second.refreshToken)).data!;

    const reuse = await refresh(first.refreshToken);
    expect(reuse.response.status).toBe(401);
    expect(JSON.stringify(reuse.error)).not.toContain(first.refreshToken);
    expect((await refresh(newest.refreshToken)).response.status).toBe(401);
    expect(await sessionIsActive(newest.accessToken)).toBe(false);

    const connection = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    try {
      const event = await connection.collection('system_logs').findOne({ eventType: 'auth.refresh.reused' });
      expect(event).toMatchObject({ actor: `user:${first.user.id}` });
      expect(event?.details.ip).toBeDefined();
    } finally {
      await connection.close();
    }
  });

  it('lets at most one of two simultaneous uses of the same token succeed', async () => {
    const pair = await signIn(auth.url, DEMO_EMAILS.vip);
    const results = await Promise.all([refresh(pair.refreshToken), refresh(pair.refreshToken)]);
    const statuses = results.map((result) => result.response.status).sort();
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(1);
    expect(statuses).toContain(401);
  });

  it('keeps other sessions of the same user when one session is revoked for reuse', async () => {
    const kept = await signIn(auth.url, DEMO_EMAILS.finance);
    const stolen = await signIn(auth.url, DEMO_EMAILS.finance);
    await refresh(stolen.refreshToken);
    await refresh(stolen.refreshToken);
    expect((await refresh(kept.refreshToken)).response.status).toBe(200);
  });

  it('refuses unknown refresh tokens with the same problem as revoked ones', async () => {
    const unknown = await refresh('not-a-token-we-ever-issued');
    expect(unknown.response.status).toBe(401);
    expect(unknown.error?.detail).toBe('The refresh token is invalid or has expired.');
  });
});
