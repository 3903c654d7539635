import { createAuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import { serviceToken, startAuthApi } from '../../testing/auth-fixture.js';
import { eventually } from '../../testing/eventually.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { startService, type RunningService } from '../../testing/start-service.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

type Doc = { _id: string; [field: string]: unknown };

describe('credential housekeeping (Job Scheduler → Auth API)', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let coreDb: mongoose.Connection;

  beforeAll(async () => {
    databases = await createIsolatedDatabases();
    auth = await startAuthApi(databases);
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 90_000);

  afterAll(async () => {
    await coreDb?.close();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  const ago = (ms: number) => new Date(Date.now() - ms);
  const ids = async (collection: string) =>
    (
      await coreDb
        .collection(collection)
        .find({}, { projection: { _id: 1 } })
        .toArray()
    )
      .map((doc) => String(doc._id))
      .sort();

  it('deletes credentials expired for more than a day and ended sessions, keeping everything still usable', async () => {
    const id = (name: string) => `${name}-${randomUUID()}`;
    const token = {
      expired: id('expired'),
      justExpired: id('just-expired'),
      live: id('live'),
      ofOldLiveSession: id('old-session-live'),
    };
    const session = {
      revoked: id('revoked'),
      justRevoked: id('just-revoked'),
      withoutTokens: id('without-tokens'),
      oldButLive: id('old-but-live'),
      fresh: id('fresh'),
    };
    await coreDb.collection<Doc>('sessions').insertMany([
      { _id: session.revoked, userId: 'u1', createdAt: ago(40 * DAY_MS), revokedAt: ago(2 * DAY_MS) },
      { _id: session.justRevoked, userId: 'u1', createdAt: ago(40 * DAY_MS), revokedAt: ago(HOUR_MS) },
      { _id: session.withoutTokens, userId: 'u1', createdAt: ago(40 * DAY_MS) },
      { _id: session.oldButLive, userId: 'u1', createdAt: ago(40 * DAY_MS) },
      { _id: session.fresh, userId: 'u1', createdAt: ago(HOUR_MS) },
    ]);
    const refresh = (hash: string, sessionId: string, expiresAt: Date) => ({
      _id: hash,
      familyId: 'f1',
      sessionId,
      userId: 'u1',
      expiresAt,
    });
    await coreDb
      .collection<Doc>('refresh_tokens')
      .insertMany([
        { ...refresh(token.expired, session.withoutTokens, ago(2 * DAY_MS)), replacedBy: token.justExpired },
        refresh(token.justExpired, session.justRevoked, ago(HOUR_MS)),
        refresh(token.live, session.fresh, new Date(Date.now() + 10 * DAY_MS)),
        refresh(token.ofOldLiveSession, session.oldButLive, new Date(Date.now() + DAY_MS)),
      ]);
    const email = {
      expiredReset: id('reset'),
      expiredInvitation: id('invitation'),
      liveVerification: id('verify'),
    };
    await coreDb.collection<Doc>('email_tokens').insertMany([
      {
        _id: email.expiredReset,
        purpose: 'reset-password',
        data: {},
        expiresAt: ago(3 * DAY_MS),
        createdAt: ago(4 * DAY_MS),
      },
      {
        _id: email.expiredInvitation,
        purpose: 'invitation',
        data: {},
        expiresAt: ago(2 * DAY_MS),
        createdAt: ago(9 * DAY_MS),
      },
      {
        _id: email.liveVerification,
        purpose: 'verify-email',
        data: {},
        expiresAt: new Date(Date.now() + DAY_MS),
        createdAt: new Date(),
      },
    ]);
    await coreDb
      .collection<Doc>('token_claims')
      .insertMany(
        [
          `refresh:${token.expired}`,
          `refresh:${token.justExpired}`,
          `reset-password:${email.expiredReset}`,
          `verify-email:${email.liveVerification}`,
        ].map((claim) => ({ _id: claim, claimedAt: ago(3 * DAY_MS) })),
      );

    // Every second instead of daily; the Job Scheduler calls the Auth API with its service token.
    const scheduler = await startService(jobScheduler, {
      ...databases.env,
      AUTH_API_URL: auth.url,
      CORE_API_URL: 'http://127.0.0.1:9',
      HOUSEKEEPING_CRON: '* * * * * *',
    });
    let summary: string;
    try {
      summary = await eventually(async () => {
        const run = await coreDb
          .collection('jobs')
          .findOne({ type: 'credential-housekeeping', status: 'succeeded' }, { sort: { startedAt: 1 } });
        return run ? String(run.summary) : undefined;
      }, 20_000);
    } finally {
      await scheduler.stop();
    }
    expect(summary).toBe('1 refresh token(s), 2 email token(s), 2 claim(s), 2 session(s) deleted');

    expect(await ids('refresh_tokens')).toEqual(
      [token.justExpired, token.live, token.ofOldLiveSession].sort(),
    );
    expect(await ids('email_tokens')).toEqual([email.liveVerification]);
    expect(await ids('token_claims')).toEqual(
      [`refresh:${token.justExpired}`, `verify-email:${email.liveVerification}`].sort(),
    );
    expect(await ids('sessions')).toEqual([session.justRevoked, session.oldButLive, session.fresh].sort());

    // A second pass finds nothing left to delete.
    const authApi = createAuthApiClient({ baseUrl: auth.url, accessToken: await serviceToken(auth.url) });
    const again = await authApi.POST('/auth/housekeeping/credentials');
    expect(again.data).toEqual({ refreshTokens: 0, emailTokens: 0, tokenClaims: 0, sessions: 0 });
  }, 60_000);
});
