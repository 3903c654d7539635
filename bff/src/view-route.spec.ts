import express, { type RequestHandler } from 'express';
import { apiData } from './api-data.js';
import { bffErrorHandler } from './error-handler.js';
import { createLogger, requestContext } from './request-context.js';
import { RouteProblem } from './route-problem.js';
import { listen, type Running } from './test-support.js';
import { viewRoute } from './view-route.js';

describe('viewRoute', () => {
  let api: Running;
  let bff: Running;
  const seen: { requestId?: string | undefined }[] = [];

  beforeAll(async () => {
    api = await listen(
      express()
        .get('/supplier-profile', (req, res) => {
          seen.push({ requestId: req.get('x-request-id') });
          res.json({ name: 'Orbital Works', internal: 'not for pages' });
        })
        .get('/rockets/:id', (_req, res) => {
          res.status(404).type('application/problem+json').json({ status: 404 });
        })
        .get('/suppliers', (_req, res) => {
          res.status(500).json({ status: 500 });
        }),
    );
    const config = {
      apiUrls: { auth: api.url, customer: api.url, admin: api.url, core: api.url },
      serviceCallTimeoutMs: 10_000,
    };
    const deny: RequestHandler = (_req, res) => {
      res.status(403).end();
    };
    const router = express.Router();
    viewRoute(router, config, '/bff/profile', {}, async ({ api: clients }) => {
      const data = apiData(await clients.admin.GET('/supplier-profile'), 'Admin API');
      return { name: data.name };
    });
    viewRoute(router, config, '/bff/rockets/:id', {}, async ({ req, api: clients }) => {
      const id = String(req.params['id']);
      const { response } = await clients.admin.GET('/rockets/{id}', { params: { path: { id } } });
      if (response.status === 404) throw RouteProblem.notFound('No rocket of yours has this id');
      return {};
    });
    viewRoute(router, config, '/bff/suppliers', {}, async ({ api: c }) =>
      apiData(await c.admin.GET('/suppliers'), 'Admin API'),
    );
    viewRoute(router, config, '/bff/public', { cacheControl: 'public, max-age=30' }, async ({ api: c }) => ({
      name: apiData(await c.admin.GET('/supplier-profile'), 'Admin API').name,
    }));
    viewRoute(router, config, '/bff/secret', { guard: deny }, async () => ({ secret: true }));
    viewRoute(router, config, '/bff/bug', {}, async () => {
      throw new Error('a bug');
    });
    bff = await listen(
      express()
        .use(requestContext(createLogger('test', 'silent')))
        .use(router)
        .use(bffErrorHandler()),
    );
  });

  afterAll(async () => {
    await bff.close();
    await api.close();
  });

  it('answers the mapped view, private and not stored, calling the API with the request id', async () => {
    const response = await fetch(`${bff.url}/bff/profile`, { headers: { 'x-request-id': 'req-1234567890' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    await expect(response.json()).resolves.toEqual({ name: 'Orbital Works' });
    expect(seen).toContainEqual({ requestId: 'req-1234567890' });
  });

  it('sends the RouteProblem a loader throws', async () => {
    const response = await fetch(`${bff.url}/bff/rockets/r-1`);

    expect(response.status).toBe(404);
    await expect(response.json()).resolves.toMatchObject({ detail: 'No rocket of yours has this id' });
  });

  it('turns an API answer without data into a 502', async () => {
    const response = await fetch(`${bff.url}/bff/suppliers`);

    expect(response.status).toBe(502);
    await expect(response.json()).resolves.toMatchObject({ detail: 'The Admin API answered 500' });
  });

  it('keeps the cache policy a public route chose', async () => {
    const response = await fetch(`${bff.url}/bff/public`);

    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
  });

  it('runs the guard first', async () => {
    expect((await fetch(`${bff.url}/bff/secret`)).status).toBe(403);
  });

  it('leaves any other error to the error handler, as a 500', async () => {
    expect((await fetch(`${bff.url}/bff/bug`)).status).toBe(500);
  });
});
