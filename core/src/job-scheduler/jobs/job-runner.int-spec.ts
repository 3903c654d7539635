import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { authApi } from '../../apps/auth-api/auth-api.definition.js';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import { eventually } from '../../testing/eventually.js';
import { freePort } from '../../testing/free-port.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { startService, type RunningService } from '../../testing/start-service.js';

describe('Job Scheduler', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService | undefined;
  let scheduler: RunningService | undefined;
  let core: RunningService | undefined;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ seed: true });
  }, 60_000);

  afterAll(async () => {
    await scheduler?.stop();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('waits for Core API and the Auth API at start-up, then syncs the catalog once as a service', async () => {
    const corePort = await freePort();
    const authPort = await freePort();
    const authUrl = `http://127.0.0.1:${authPort}`;
    scheduler = await startService(jobScheduler, {
      ...databases.env,
      CORE_API_URL: `http://127.0.0.1:${corePort}`,
      AUTH_API_URL: authUrl,
    });
    const ready = await fetch(`${scheduler.url}/health/ready`);
    expect(ready.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    core = await startService(coreApi, { ...databases.env, AUTH_API_URL: authUrl }, corePort);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    auth = await startService(authApi, { ...databases.env, AUTH_API_URL: authUrl }, authPort);

    const connection = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    try {
      const job = await eventually(async () => {
        const found = await connection
          .collection('jobs')
          .findOne({ type: 'catalog-sync', status: { $ne: 'running' } });
        return found ?? undefined;
      }, 20_000);
      expect(job).toMatchObject({ type: 'catalog-sync', trigger: 'startup', status: 'succeeded' });
      expect(job.finishedAt).toBeInstanceOf(Date);
      expect(await connection.collection('jobs').countDocuments()).toBe(1);
      const run = await connection.collection('sync_runs').findOne({ requestId: job.requestId });
      expect(run).toMatchObject({ status: 'succeeded', upserted: 12 });
      expect(job.summary).toBe(`sync run ${String(run!._id)}: 12 created, 0 modified, 0 removed`);
      const log = await connection.collection('system_logs').findOne({ requestId: job.requestId });
      expect(log).toMatchObject({ eventType: 'sync.catalog.succeeded', actor: 'service:job-scheduler' });
    } finally {
      await connection.close();
    }
  }, 40_000);
});

describe('Job Scheduler when the APIs cannot be reached', () => {
  let databases: IsolatedDatabases;
  let scheduler: RunningService | undefined;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ migrate: false });
  }, 60_000);

  afterAll(async () => {
    await scheduler?.stop();
    await databases?.drop();
  }, 30_000);

  it('records each failed run with its error and keeps running on schedule, but never records a start-up run', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    scheduler = await startService(jobScheduler, {
      ...databases.env,
      CORE_API_URL: nobody,
      AUTH_API_URL: nobody,
      HOLD_EXPIRY_CRON: '* * * * * *',
    });

    const connection = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    try {
      const runs = await eventually(async () => {
        const found = await connection
          .collection('jobs')
          .find({ type: 'hold-expiry', status: 'failed' })
          .toArray();
        return found.length >= 2 ? found : undefined;
      }, 20_000);
      for (const run of runs) {
        expect(run).toMatchObject({
          trigger: 'cron',
          error: expect.stringContaining('fetch failed'),
          requestId: expect.any(String),
        });
        expect(run.finishedAt).toBeInstanceOf(Date);
        expect(run.summary).toBeUndefined();
      }
      expect(new Set(runs.map((run) => run.requestId)).size).toBe(runs.length);
      expect(await connection.collection('jobs').countDocuments({ type: { $ne: 'hold-expiry' } })).toBe(0);
      expect((await fetch(`${scheduler.url}/health/live`)).status).toBe(200);
    } finally {
      await connection.close();
    }
  }, 40_000);
});
