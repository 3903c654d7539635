import { createCoreApiClient, type CoreApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { eventually } from '../../testing/eventually.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';
import { DEMO_EMAILS, serviceToken, signIn, startAuthApi } from '../../testing/auth-fixture.js';

interface CaughtEmail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
}

describe('notifications (Core API POST /notifications/email)', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let client: CoreApiClient;
  let operations: CoreApiClient;
  let systemToken: string;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    core = await startService(coreApi, { ...databases.env, AUTH_API_URL: auth.url });
    systemToken = await serviceToken(auth.url);
    client = createCoreApiClient({ baseUrl: core.url, accessToken: systemToken });
    operations = createCoreApiClient({
      baseUrl: core.url,
      accessToken: (await signIn(auth.url, DEMO_EMAILS.operations)).accessToken,
    });
  }, 60_000);

  afterAll(async () => {
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('sends the email through SMTP and records it as sent', async () => {
    const to = `traveler-${Date.now()}@example.com`;
    const { data, response } = await client.POST('/notifications/email', {
      body: { to, subject: 'Your seat is booked', text: 'See you at the launch site.' },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ to, status: 'sent', channel: 'email' });
    const mail = await eventually(async () => {
      const inbox = (await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[];
      return inbox.find((email) => email.to.some((recipient) => recipient.address === to));
    });
    expect(mail.subject).toBe('Your seat is booked');
    expect(mail.text.trim()).toBe('See you at the launch site.');
    const logs = await operations.GET('/logs', { params: { query: { limit: 5 } } });
    expect(logs.data?.items.find((entry) => entry.eventType.startsWith('notification.'))).toMatchObject({
      eventType: 'notification.sent',
      actor: 'service:test-runner',
    });
  });

  it('rejects an invalid email request with a 400 problem listing each field', async () => {
    const response = await request(core.app.getHttpServer())
      .post('/notifications/email')
      .set({ 'content-type': 'application/json', authorization: `Bearer ${systemToken}` })
      .send(JSON.stringify({ to: 'not-an-address', subject: '', extra: true }));
    expect(response.status).toBe(400);
    expect(response.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = response.body as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(['extra', 'subject', 'text', 'to']);
  });

  it('answers malformed JSON with a 400 problem, not a server error', async () => {
    const response = await request(core.app.getHttpServer())
      .post('/notifications/email')
      .set({ 'content-type': 'application/json', authorization: `Bearer ${systemToken}` })
      .send('{"to": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(core.app.getHttpServer()).get('/no-such-route');
    expect(response.status).toBe(404);
    expect(response.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
