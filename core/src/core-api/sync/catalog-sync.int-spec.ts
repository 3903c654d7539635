import { createCoreApiClient, type CoreApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { eventually } from '../../testing/eventually.js';
import {
  adminQuery,
  createIsolatedDatabases,
  type IsolatedDatabases,
} from '../../testing/isolated-databases.js';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';

describe('catalog sync (Core API POST /sync/catalog)', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let service: RunningService;
  let client: CoreApiClient;
  let adminToken: string;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    service = await startService(coreApi, { ...databases.env, AUTH_API_URL: auth.url });
    adminToken = (await signIn(auth.url, DEMO_EMAILS.admin)).accessToken;
    client = createCoreApiClient({ baseUrl: service.url, accessToken: adminToken });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  async function catalogLaunchIds(): Promise<string[]> {
    const connection = await mongoose.createConnection(databases.env.CUSTOMER_DB_URL).asPromise();
    try {
      const docs = await connection
        .collection('catalog_launches')
        .find({}, { projection: { launchId: 1 } })
        .toArray();
      return docs.map((doc) => String(doc.launchId)).sort();
    } finally {
      await connection.close();
    }
  }

  it('projects every seeded launch into the Customer DB catalog', async () => {
    const { data, response } = await client.POST('/sync/catalog');
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      dataset: 'catalog',
      status: 'succeeded',
      upserted: 12,
      modified: 0,
      removed: 0,
    });
    const rows = await adminQuery(databases.env.DATABASE_URL, 'SELECT id FROM launches ORDER BY id');
    expect(await catalogLaunchIds()).toEqual(rows.rows.map((row: { id: string }) => row.id).sort());
  });

  it('changes nothing when run again on unchanged data', async () => {
    const { data } = await client.POST('/sync/catalog');
    expect(data).toMatchObject({ status: 'succeeded', upserted: 0, modified: 0, removed: 0 });
    expect(await catalogLaunchIds()).toHaveLength(12);
  });

  it('updates changed launches and removes catalog entries whose launch is gone', async () => {
    const [gone, changed] = (
      await adminQuery(databases.env.DATABASE_URL, 'SELECT id FROM launches ORDER BY id LIMIT 2')
    ).rows;
    await adminQuery(databases.env.DATABASE_URL, `DELETE FROM launches WHERE id = '${gone.id}'`);
    await adminQuery(
      databases.env.DATABASE_URL,
      `UPDATE launches SET description = description || ' (updated)' WHERE id = '${changed.id}'`,
    );
    const { data } = await client.POST('/sync/catalog');
    expect(data).toMatchObject({ status: 'succeeded', upserted: 0, removed: 1 });
    expect(data?.modified).toBe(1);
    const ids = await catalogLaunchIds();
    expect(ids).toHaveLength(11);
    expect(ids).not.toContain(gone.id);
  });

  it('lists recorded runs newest first and logs each one', async () => {
    const { data } = await client.GET('/sync/runs', { params: { query: { limit: 2 } } });
    const runs = data!.items;
    expect(runs).toHaveLength(2);
    expect(runs[0].startedAt >= runs[1].startedAt).toBe(true);
    expect(runs.every((run) => run.finishedAt)).toBe(true);
    const logs = await client.GET('/logs', { params: { query: { limit: 10 } } });
    expect(logs.data?.items.filter((entry) => entry.eventType === 'sync.catalog.succeeded')).toHaveLength(3);
  });

  it('records a failed run and emails an alert to operations when the Operations DB cannot be read', async () => {
    const broken = await createIsolatedDatabases({ migrate: false });
    const alertTo = `ops-${Date.now()}@astrobookings.local`;
    const brokenService = await startService(coreApi, {
      ...broken.env,
      OPS_ALERT_EMAIL: alertTo,
      AUTH_API_URL: auth.url,
    });
    try {
      const { data } = await createCoreApiClient({
        baseUrl: brokenService.url,
        accessToken: adminToken,
      }).POST('/sync/catalog');
      expect(data?.status).toBe('failed');
      expect(data?.error).toMatch(/launches/);
      const mail = await eventually(async () => {
        const inbox = (await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as Array<{
          subject: string;
          text: string;
          to: Array<{ address: string }>;
        }>;
        return inbox.find((email) => email.to.some((to) => to.address === alertTo));
      });
      expect(mail.subject).toMatch(/^Catalog sync failed/);
      expect(mail.text).toContain(data!.id);
    } finally {
      await brokenService.stop();
      await broken.drop();
    }
  }, 60_000);

  it('projects one launch on demand and removes the entry of a launch that is gone', async () => {
    const [row] = (
      await adminQuery(databases.env.DATABASE_URL, 'SELECT id FROM launches ORDER BY id LIMIT 1')
    ).rows;
    await adminQuery(
      databases.env.DATABASE_URL,
      `UPDATE launches SET mission_name = 'Renamed' WHERE id = '${row.id}'`,
    );
    const project = (id: string) => client.POST('/sync/catalog/launches/{id}', { params: { path: { id } } });
    expect((await project(row.id)).data).toEqual({ launchId: row.id, change: 'modified' });
    expect((await project(row.id)).data).toEqual({ launchId: row.id, change: 'unchanged' });

    await adminQuery(databases.env.DATABASE_URL, `DELETE FROM launches WHERE id = '${row.id}'`);
    expect((await project(row.id)).data).toEqual({ launchId: row.id, change: 'removed' });
    expect(await catalogLaunchIds()).not.toContain(row.id);
  });
});
