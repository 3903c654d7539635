import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { DataSource } from 'typeorm';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { freePort } from '../../testing/free-port.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { waitForEmail, type CaughtEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';
import { EmailOutboxRelay } from './email-outbox-relay.js';
import { stageEmail } from './email-outbox.js';

describe('transactional email outbox (Core API)', () => {
  let databases: IsolatedDatabases;
  let coreDb: mongoose.Connection;
  let core: RunningService;
  let dataSource: DataSource;
  let relay: EmailOutboxRelay;

  const caughtFor = async (to: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter((email) =>
      email.to.some((recipient) => recipient.address === to),
    );
  const outboxRow = async (key: string) =>
    (
      await dataSource.query<
        Array<{
          relayed_at: Date | null;
        }>
      >(`SELECT relayed_at FROM email_outbox WHERE key = $1`, [key])
    )[0];
  const stage = (key: string, to: string) =>
    dataSource.transaction((manager) =>
      stageEmail(manager, key, { to, subject: 'Outbox relay test', text: 'Staged by a test.' }),
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

  beforeAll(async () => {
    databases = await createIsolatedDatabases();
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    core = await startService(coreApi, {
      ...databases.env,
      AUTH_API_URL: `http://127.0.0.1:${await freePort()}`,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '200',
    });
    dataSource = core.app.get(DataSource);
    relay = core.app.get(EmailOutboxRelay);
  }, 60_000);

  afterAll(async () => {
    await core?.stop();
    await coreDb?.close();
    await databases?.drop();
  }, 30_000);

  it('delivers an email committed with a transaction exactly once, even when staged twice', async () => {
    const to = `outbox-${randomUUID()}@example.com`;
    const key = `test-email:${to}`;
    await stage(key, to);
    await stage(key, to);

    await relay.relayPending();
    expect((await outboxRow(key)).relayed_at).not.toBeNull();
    await waitForEmail(to, 'Outbox relay test');
    await settle();
    expect(await caughtFor(to)).toHaveLength(1);
  }, 30_000);

  it('delivers once when a crash after queueing makes the relay queue the same row again', async () => {
    const to = `relay-crash-${randomUUID()}@example.com`;
    const key = `test-email:${to}`;
    await stage(key, to);

    await relay.relayPending();
    // What a crash between queueing and marking the row relayed leaves behind.
    await dataSource.query(`UPDATE email_outbox SET relayed_at = NULL WHERE key = $1`, [key]);
    await relay.relayPending();

    expect((await outboxRow(key)).relayed_at).not.toBeNull();
    await waitForEmail(to, 'Outbox relay test');
    await settle();
    expect(await caughtFor(to)).toHaveLength(1);
    expect(await coreDb.collection('notifications').countDocuments({ to })).toBe(1);
  }, 30_000);

  it('queues nothing for a transaction that rolls back', async () => {
    const to = `rolled-back-${randomUUID()}@example.com`;
    const key = `test-email:${to}`;
    await expect(
      dataSource.transaction(async (manager) => {
        await stageEmail(manager, key, { to, subject: 'Outbox relay test', text: 'Never committed.' });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    await relay.relayPending();
    expect(await outboxRow(key)).toBeUndefined();
    expect(await coreDb.collection('notifications').countDocuments({ to })).toBe(0);
  }, 30_000);
});
