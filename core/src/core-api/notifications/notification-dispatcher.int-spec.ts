import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { eventually } from '../../testing/eventually.js';
import { freePort } from '../../testing/free-port.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';
import { MAX_ATTEMPTS } from './notification-dispatcher.js';

describe('notification outbox dispatcher (Core API)', () => {
  let databases: IsolatedDatabases;
  let coreDb: mongoose.Connection;
  const started: RunningService[] = [];

  const startCore = async (env: Record<string, string> = {}) => {
    const service = await startService(coreApi, {
      ...databases.env,
      AUTH_API_URL: `http://127.0.0.1:${await freePort()}`,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '100',
      ...env,
    });
    started.push(service);
    return service;
  };
  const enqueue = async (to: string) => {
    const now = new Date();
    const { insertedId } = await coreDb.collection('notifications').insertOne({
      channel: 'email',
      to,
      subject: 'Outbox test',
      text: 'Queued by a test.',
      status: 'pending',
      attempts: 0,
      createdAt: now,
      nextAttemptAt: now,
      origin: 'test',
    });
    return insertedId;
  };
  const stopAll = async () => {
    for (const service of started.splice(0)) await service.stop();
  };
  const notification = (id: unknown) => coreDb.collection('notifications').findOne({ _id: id as never });
  const caughtFor = async (to: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter((email) =>
      email.to.some((recipient) => recipient.address === to),
    );

  beforeAll(async () => {
    databases = await createIsolatedDatabases();
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 60_000);

  afterAll(async () => {
    await stopAll();
    await coreDb?.close();
    await databases?.drop();
  }, 30_000);

  it('sends queued emails within seconds, each exactly once even with two dispatchers running', async () => {
    await startCore();
    await startCore();
    const recipients = Array.from({ length: 6 }, (_, i) => `outbox-${i}-${Date.now()}@example.com`);
    const ids = await Promise.all(recipients.map(enqueue));
    await eventually(async () => {
      const states = await Promise.all(ids.map(notification));
      return states.every((state) => state?.status === 'sent') ? true : undefined;
    }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const to of recipients) expect(await caughtFor(to)).toHaveLength(1);
    await stopAll();
  }, 30_000);

  it('keeps an email pending after an SMTP failure and sends it once the mail server answers', async () => {
    await startCore({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    const to = `retry-${Date.now()}@example.com`;
    const id = await enqueue(to);
    const failedOnce = await eventually(async () => {
      const state = await notification(id);
      return state && state.attempts >= 1 ? state : undefined;
    });
    expect(failedOnce).toMatchObject({ status: 'pending' });
    expect(failedOnce.error).toBeDefined();
    await stopAll();

    await startCore();
    const sent = await eventually(async () => {
      const state = await notification(id);
      return state?.status === 'sent' ? state : undefined;
    }, 10_000);
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(await caughtFor(to)).toHaveLength(1);
    const log = await coreDb
      .collection('system_logs')
      .findOne({ eventType: 'notification.sent', 'details.to': to });
    expect(log).toMatchObject({ actor: 'core-api', details: { origin: 'test' } });
    await stopAll();
  }, 30_000);

  it(`gives up after ${MAX_ATTEMPTS} failed attempts and marks the email failed`, async () => {
    await startCore({
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '30',
    });
    const id = await enqueue(`doomed-${Date.now()}@example.com`);
    const failed = await eventually(async () => {
      const state = await notification(id);
      return state?.status === 'failed' ? state : undefined;
    }, 15_000);
    expect(failed.attempts).toBe(MAX_ATTEMPTS);
  }, 30_000);
});
