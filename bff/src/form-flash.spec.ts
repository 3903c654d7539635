import { jest } from '@jest/globals';
import express from 'express';
import { loadBffConfig } from './config.js';
import { FORM_FLASH_SECONDS, formRefusal, refuseForm, takeFormFeedback } from './form-flash.js';
import type { ProblemWording } from './problem-text.js';
import { listen, type Running } from './test-support.js';

const WORDING: ProblemWording = {
  unavailable: 'Try again in a moment.',
  signedOut: 'Sign in again.',
  forbidden: 'Not yours.',
  notFound: 'It is gone.',
  rejected: 'That was refused.',
};

const config = loadBffConfig('supplier', {
  NODE_ENV: 'test',
  AUTH_API_URL: 'http://auth.test',
  AUTH_WEB_URL: 'http://auth.test:4001',
  ADMIN_API_URL: 'http://admin.test',
});
const otherApp = loadBffConfig('customer', {
  NODE_ENV: 'test',
  AUTH_API_URL: 'http://auth.test',
  AUTH_WEB_URL: 'http://auth.test:4001',
  CUSTOMER_API_URL: 'http://customer.test',
});

const TWO_FIELDS = {
  fields: [
    { field: 'scheduledAt', code: 'in-past', message: 'The launch date must be in the future.' },
    { field: 'seatsTotal', code: 'above-capacity', message: "Above the rocket's capacity." },
  ],
};

describe('form flash', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .use(express.urlencoded({ extended: false, limit: '64kb' }))
      .post('/bff/launches', (req, res) => refuseForm(req, res, config, '/launches/new', TWO_FIELDS))
      .post('/bff/other-app', (req, res) => refuseForm(req, res, otherApp, '/launches/new', TWO_FIELDS))
      .get('/{*page}', (req, res) => res.json(takeFormFeedback(req, res, config) ?? null));
    server = await listen(app);
  });

  afterAll(() => server.close());

  async function post(path: string, fields: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
  }

  function cookieOf(response: Response): string {
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  }

  async function render(path: string, cookie: string): Promise<{ body: unknown; setCookie: string }> {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    return { body: await response.json(), setCookie: response.headers.get('set-cookie') ?? '' };
  }

  it('sends the browser back to the form with no trace of the refusal in the URL', async () => {
    const response = await post('/bff/launches', { missionName: 'Ares' });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/launches/new');
  });

  it('keeps the refusal in a short-lived HttpOnly, Secure, SameSite=Lax host-only cookie', async () => {
    const setCookie = (await post('/bff/launches', { missionName: 'Ares' })).headers.get('set-cookie') ?? '';

    expect(setCookie).toMatch(/^__Host-astro-supplier-form=/);
    expect(setCookie).toContain(`Max-Age=${FORM_FLASH_SECONDS}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Ares');
  });

  it("gives the form's page the values and each field's problem once, and clears the cookie", async () => {
    const cookie = cookieOf(await post('/bff/launches', { missionName: ' Ares ', seatsTotal: '99' }));

    const { body, setCookie } = await render('/launches/new', cookie);

    expect(body).toEqual({ values: { missionName: ' Ares ', seatsTotal: '99' }, ...TWO_FIELDS });
    expect(setCookie).toMatch(/^__Host-astro-supplier-form=;/);
  });

  it('never keeps passwords, card details or the CSRF token', async () => {
    const cookie = cookieOf(
      await post('/bff/launches', {
        email: 'ada@example.com',
        password: 'correct horse',
        newPassword: 'battery staple',
        cardNumber: '4242424242424242',
        cvc: '123',
        _csrf: 'token',
      }),
    );

    expect((await render('/launches/new', cookie)).body).toMatchObject({
      values: { email: 'ada@example.com' },
    });
  });

  it('is for the Spanish page when the form was read in Spanish', async () => {
    const cookie = cookieOf(await post('/bff/launches', { missionName: 'Ares', _locale: 'es' }));

    expect((await render('/launches/new', cookie)).body).toBeNull();
    const again = cookieOf(await post('/bff/launches', { missionName: 'Ares', _locale: 'es' }));
    expect((await render('/es/launches/new', again)).body).toMatchObject({ values: { missionName: 'Ares' } });
  });

  it('is cleared but shown on no other page than the form it was meant for', async () => {
    const cookie = cookieOf(await post('/bff/launches', { missionName: 'Ares' }));

    const { body, setCookie } = await render('/rockets', cookie);

    expect(body).toBeNull();
    expect(setCookie).toMatch(/^__Host-astro-supplier-form=;/);
  });

  it('shows nothing once it expired, even when the browser kept it', async () => {
    const cookie = cookieOf(await post('/bff/launches', { missionName: 'Ares' }));
    const later = Date.now() + (FORM_FLASH_SECONDS + 1) * 1000;
    const now = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      expect((await render('/launches/new', cookie)).body).toBeNull();
    } finally {
      now.mockRestore();
    }
  });

  it("means nothing to another app's pages, or once changed", async () => {
    const cookie = cookieOf(await post('/bff/other-app', { missionName: 'Ares' }));
    const own = cookieOf(await post('/bff/launches', { missionName: 'Ares' }));

    expect((await render('/launches/new', cookie.replace('customer', 'supplier'))).body).toBeNull();
    expect((await render('/launches/new', `${own.slice(0, -4)}AAAA`)).body).toBeNull();
  });

  it('fits in a cookie: long values are cut and the largest dropped', async () => {
    const response = await post('/bff/launches', {
      missionName: 'Ares',
      description: 'x'.repeat(5000),
      a: 'y'.repeat(900),
      b: 'z'.repeat(900),
      c: 'w'.repeat(900),
    });
    const cookie = cookieOf(response);

    expect(cookie.length).toBeLessThan(3800);
    const { body } = await render('/launches/new', cookie);
    const values = (body as { values: Record<string, string> }).values;
    expect(values['missionName']).toBe('Ares');
    expect(values['description']).toBeUndefined();
    expect((body as { fields: unknown[] }).fields).toHaveLength(2);
  });
});

describe('formRefusal', () => {
  it('takes each field the problem names, with its first code and message', () => {
    const refusal = formRefusal(
      422,
      {
        errors: [
          { field: 'missionName', messages: ['too long', 'not text'], codes: ['too-long', 'text'] },
          { field: 'currency', messages: ['bad currency'] },
        ],
      },
      WORDING,
    );

    expect(refusal).toEqual({
      fields: [
        { field: 'missionName', code: 'too-long', message: 'too long' },
        { field: 'currency', code: 'invalid', message: 'bad currency' },
      ],
    });
  });

  it("words a refusal that names no field with the API's detail", () => {
    expect(formRefusal(409, { detail: 'A delayed launch can no longer be edited.' }, WORDING)).toEqual({
      fields: [],
      message: 'A delayed launch can no longer be edited.',
    });
  });

  it("uses the app's sentence when the API failed", () => {
    expect(formRefusal(502, { errors: [{ field: 'x', messages: ['y'] }] }, WORDING)).toEqual({
      fields: [],
      message: 'Try again in a moment.',
    });
  });
});
