import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.js';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { tokenFromLink, waitForEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';

const NEW_PASSWORD = 'Fresh-Orbit-Pass-42';

describe('account language (Auth API)', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let anonymous: AuthApiClient;
  const as = (token: string): AuthApiClient => createAuthApiClient({ baseUrl: auth.url, accessToken: token });
  const uniqueEmail = (name: string) =>
    `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const register = (email: string, language?: 'en' | 'es') =>
    anonymous.POST('/auth/register', {
      body: { email, password: DEMO_PASSWORD, fullName: 'Luna Viajera', taxId: 'ES12345678Z', language },
    });

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    // Core API hosts the notification dispatcher that sends what the Auth API queues.
    core = await startService(coreApi, {
      ...databases.env,
      AUTH_API_URL: auth.url,
      NOTIFICATION_DISPATCH_INTERVAL_MS: '200',
    });
    anonymous = createAuthApiClient({ baseUrl: auth.url });
  }, 60_000);

  afterAll(async () => {
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('writes the verification email of a Spanish sign-up in Spanish, linking to the Spanish page', async () => {
    const email = uniqueEmail('es-sign-up');
    expect((await register(email, 'es')).response.status).toBe(202);

    const mail = await waitForEmail(email, 'Confirma tu dirección de correo');
    expect(mail.text).toContain('Hola, Luna Viajera:');
    expect(mail.text).toContain('http://auth-web.test/es/verify-email#token=');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('<a href="http://auth-web.test/es/verify-email#token=');
    await anonymous.POST('/auth/verify-email', { body: { token: tokenFromLink(mail, 'verify-email') } });

    const session = await signIn(auth.url, email);
    const preferences = await as(session.accessToken).GET('/auth/me/preferences');
    expect(preferences.data).toEqual({ language: 'es' });
  });

  it('writes English emails for a sign-up that names no language, and for older accounts', async () => {
    const email = uniqueEmail('en-sign-up');
    await register(email);
    const mail = await waitForEmail(email, 'Confirm your AstroBookings email address');
    expect(mail.text).toContain('http://auth-web.test/verify-email#token=');

    const demo = await signIn(auth.url, DEMO_EMAILS.customer);
    expect((await as(demo.accessToken).GET('/auth/me/preferences')).data).toEqual({ language: 'en' });
  });

  it('refuses a language it does not ship, naming the field, at sign-up and on the account', async () => {
    const signUp = await anonymous.POST('/auth/register', {
      body: {
        email: uniqueEmail('fr'),
        password: DEMO_PASSWORD,
        fullName: 'Fr',
        taxId: 'FR12345678901',
        language: 'fr' as 'en',
      },
    });
    expect(signUp.response.status).toBe(400);
    expect(signUp.response.headers.get('content-type')).toContain('application/problem+json');
    expect(signUp.error?.errors?.map((e) => e.field)).toEqual(['language']);

    const demo = await signIn(auth.url, DEMO_EMAILS.vip);
    const change = await as(demo.accessToken).PATCH('/auth/me/preferences', {
      body: { language: 'fr' as 'en' },
    });
    expect(change.response.status).toBe(400);
    expect(change.error?.errors?.map((e) => e.field)).toEqual(['language']);
    expect((await as(demo.accessToken).GET('/auth/me/preferences')).data).toEqual({ language: 'en' });
  });

  it('writes a password reset, asked for by address alone, in the language the account chose', async () => {
    const email = uniqueEmail('reset-es');
    await register(email);
    const verify = await waitForEmail(email, 'Confirm your AstroBookings email address');
    await anonymous.POST('/auth/verify-email', { body: { token: tokenFromLink(verify, 'verify-email') } });
    const session = await signIn(auth.url, email);
    const changed = await as(session.accessToken).PATCH('/auth/me/preferences', { body: { language: 'es' } });
    expect(changed.data).toEqual({ language: 'es' });

    await anonymous.POST('/auth/forgot-password', { body: { email } });
    const mail = await waitForEmail(email, 'Restablece tu contraseña');
    expect(mail.text).toContain('http://auth-web.test/es/reset-password#token=');
  });

  it('invites in the language the inviter chose, and the new account keeps it', async () => {
    const admin = await signIn(auth.url, DEMO_EMAILS.admin);
    const email = uniqueEmail('staff-es');
    const invited = await as(admin.accessToken).POST('/auth/invitations', {
      body: { email, roles: ['finance'], language: 'es' },
    });
    expect(invited.response.status).toBe(201);

    const mail = await waitForEmail(email, 'Te han invitado a AstroBookings');
    expect(mail.text).toContain('http://auth-web.test/es/invitation#token=');
    await anonymous.POST('/auth/invitations/accept', {
      body: { token: tokenFromLink(mail, 'invitation'), password: NEW_PASSWORD, fullName: 'Sol Finanzas' },
    });
    const staff = await signIn(auth.url, email, NEW_PASSWORD);
    expect((await as(staff.accessToken).GET('/auth/me/preferences')).data).toEqual({ language: 'es' });
  });
});
