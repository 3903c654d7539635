import { createCoreApiClient, type CoreApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { startService, type RunningService } from '../../testing/start-service.js';

const HOUR_MS = 60 * 60 * 1000;

describe('notification queue for IT employees (Core API /notifications)', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let coreDb: mongoose.Connection;
  let operations: CoreApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    core = await startService(coreApi, { ...databases.env, AUTH_API_URL: auth.url });
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    operations = createCoreApiClient({
      baseUrl: core.url,
      accessToken: (await signIn(auth.url, DEMO_EMAILS.operations)).accessToken,
    });
    // Pending ones are due far ahead, so the running dispatcher leaves them alone.
    const later = new Date(Date.now() + HOUR_MS);
    const rows = [
      { name: 'pending-1', status: 'pending', nextAttemptAt: later, attempts: 0 },
      { name: 'pending-2', status: 'pending', nextAttemptAt: later, attempts: 2, error: 'SMTP timeout' },
      { name: 'sent', status: 'sent', sentAt: new Date(), attempts: 1 },
      { name: 'failed', status: 'failed', attempts: 5, error: 'mailbox unavailable' },
    ];
    for (const [index, { name, ...row }] of rows.entries()) {
      const { insertedId } = await coreDb.collection('notifications').insertOne({
        channel: 'email',
        to: `${name}@example.com`,
        subject: `Queue test ${name}`,
        text: 'Reset: http://auth-web.test/reset-password?token=secret123',
        createdAt: new Date(Date.now() - (rows.length - index) * 1000),
        origin: 'test',
        ...row,
      });
      ids[name] = insertedId.toString();
    }
  }, 60_000);

  afterAll(async () => {
    await coreDb?.close();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('lists the queue newest first, filtered by status and paged', async () => {
    const all = await operations.GET('/notifications');
    expect(all.data?.total).toBe(4);
    expect(all.data?.items.map((item) => item.to)).toEqual([
      'failed@example.com',
      'sent@example.com',
      'pending-2@example.com',
      'pending-1@example.com',
    ]);
    const pending = await operations.GET('/notifications', {
      params: { query: { status: 'pending', limit: 1, offset: 1 } },
    });
    expect(pending.data).toMatchObject({ total: 2, items: [{ id: ids['pending-1'], status: 'pending' }] });
    expect(pending.data?.items[0].nextAttemptAt).toBeDefined();
    expect(pending.data?.items[0]).not.toHaveProperty('text');
    const failed = await operations.GET('/notifications', { params: { query: { status: 'failed' } } });
    expect(failed.data?.items).toEqual([
      expect.objectContaining({ id: ids.failed, attempts: 5, error: 'mailbox unavailable' }),
    ]);
    const invalid = await operations.GET('/notifications', {
      params: { query: { status: 'lost' as 'sent' } },
    });
    expect(invalid.response.status).toBe(400);
  });

  it('marks a pending notification sent so it is never tried again, and redacts its links', async () => {
    const { data, response } = await operations.POST('/notifications/{id}/mark-sent', {
      params: { path: { id: ids['pending-2'] } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id: ids['pending-2'], status: 'sent' });
    expect(data?.sentAt).toBeDefined();
    expect(data).not.toHaveProperty('error');
    const stored = await coreDb
      .collection('notifications')
      .findOne({ _id: new mongoose.Types.ObjectId(ids['pending-2']) });
    expect(stored?.text).toBe('Reset: http://auth-web.test/reset-password?token=[redacted]');
    const again = await operations.POST('/notifications/{id}/mark-sent', {
      params: { path: { id: ids['pending-2'] } },
    });
    expect(again.data?.sentAt).toBe(data?.sentAt);
    const log = await coreDb.collection('system_logs').findOne({ eventType: 'notification.marked-sent' });
    expect(log).toMatchObject({ details: { notificationId: ids['pending-2'], from: 'pending' } });
  });

  it('deletes a notification from the queue and answers 404 for one that is not there', async () => {
    const deleted = await operations.DELETE('/notifications/{id}', { params: { path: { id: ids.failed } } });
    expect(deleted.response.status).toBe(204);
    expect(await coreDb.collection('notifications').countDocuments({ to: 'failed@example.com' })).toBe(0);
    const missing = await operations.DELETE('/notifications/{id}', { params: { path: { id: ids.failed } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const markMissing = await operations.POST('/notifications/{id}/mark-sent', {
      params: { path: { id: ids.failed } },
    });
    expect(markMissing.response.status).toBe(404);
    const malformed = await operations.DELETE('/notifications/{id}', { params: { path: { id: 'nope' } } });
    expect(malformed.response.status).toBe(400);
  });
});
