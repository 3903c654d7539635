import express from 'express';
import { redirectsInLocale } from './redirects-in-locale.js';
import { listen, type Running } from './test-support.js';

describe('redirectsInLocale', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .use(express.urlencoded({ extended: false }))
      .use(redirectsInLocale())
      .post('/bff/to', (req, res) => {
        res.redirect(303, req.query['target'] as string);
      });
    server = await listen(app);
  });

  afterAll(() => server.close());

  async function redirectOf(target: string, form: Record<string, string>): Promise<string | null> {
    const response = await fetch(`${server.url}/bff/to?target=${encodeURIComponent(target)}`, {
      method: 'POST',
      body: new URLSearchParams(form),
      redirect: 'manual',
    });
    return response.headers.get('location');
  }

  it('sends a form posted from a Spanish page back to the Spanish page', async () => {
    expect(await redirectOf('/bookings/42?paid=1', { _locale: 'es' })).toBe('/es/bookings/42?paid=1');
    expect(await redirectOf('/', { _locale: 'es' })).toBe('/es/');
  });

  it('leaves English forms, and forms that name no language, at the site root', async () => {
    expect(await redirectOf('/bookings/42', { _locale: 'en' })).toBe('/bookings/42');
    expect(await redirectOf('/bookings/42', {})).toBe('/bookings/42');
    expect(await redirectOf('/bookings/42', { _locale: 'fr' })).toBe('/bookings/42');
  });

  it('leaves other sites, BFF routes and paths already in a language alone', async () => {
    expect(await redirectOf('https://pay.example/checkout', { _locale: 'es' })).toBe(
      'https://pay.example/checkout',
    );
    expect(await redirectOf('/bff/auth/sign-in?returnTo=%2F', { _locale: 'es' })).toBe(
      '/bff/auth/sign-in?returnTo=%2F',
    );
    expect(await redirectOf('/es/launches', { _locale: 'es' })).toBe('/es/launches');
  });
});
