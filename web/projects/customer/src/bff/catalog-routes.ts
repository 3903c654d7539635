import {
  createApiClients,
  LOCALES,
  localePath,
  problem,
  publicCacheControl,
  readMoney,
  ResponseCache,
  type BffConfig,
} from '@astrobookings/bff';
import type { NextFunction, Request, Response, Router } from 'express';
import type { UpcomingLaunch } from '../app/home/home-view';
import {
  isLaunchId,
  LIST_PAGE_SIZE,
  LIST_VIEW_URL,
  listQueryString,
  parseListQuery,
  type CatalogFilters,
  type LaunchDetailView,
  type LaunchListView,
} from '../app/launches/catalog-view';
import { toUpcoming } from './to-upcoming';

type Cached = { readonly status: 200; readonly body: unknown } | { readonly status: 404 };

/** The API's largest page, used to walk the whole catalog for the sitemap. */
const API_MAX_LIMIT = 100;

class UpstreamError extends Error {}

/**
 * The public catalog as the customer pages and crawlers read it: list and detail view models, the
 * sitemap and robots.txt. Everything here is anonymous (no session, no token), so answers are shared by
 * every visitor through an in-memory stale-while-revalidate cache keyed by path and normalised query:
 * a traffic spike costs the Customer API one call per key and window, and seat counts stay a few
 * seconds fresh.
 */
export function catalogRoutes(router: Router, config: BffConfig<'customer'>): void {
  const cacheOptions = config.catalogCache;
  const cache = new ResponseCache<Cached>(cacheOptions);
  const cacheControl = publicCacheControl(cacheOptions);
  const api = (req: Request) => createApiClients(config, req).customer;
  // Crawlers get URLs of the configured origin: a forged Host header must neither land in them nor
  // make a new cache entry (each one walks the whole catalog).
  const origin = new URL(config.webUrls.customer).origin;

  router.get(LIST_VIEW_URL, async (req, res, next) => {
    const { filters, page } = parseListQuery(req.query as Record<string, string>);
    try {
      const cached = await cache.get(`list${listQueryString(filters, page)}`, async () => ({
        status: 200,
        body: await listView(api(req), filters, page),
      }));
      res
        .set('cache-control', cacheControl)
        .status(cached.status)
        .json(cached.status === 200 ? cached.body : {});
    } catch (error) {
      upstreamProblem(error, res, next);
    }
  });

  router.get(`${LIST_VIEW_URL}/:id`, async (req, res, next) => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) {
      problem(res, 404, 'Not Found', 'No launch has this id');
      return;
    }
    try {
      const cached = await cache.get(`detail/${id.toLowerCase()}`, () => detailView(api(req), id));
      res.set('cache-control', cacheControl);
      if (cached.status === 404) problem(res, 404, 'Not Found', 'No launch has this id');
      else res.json(cached.body);
    } catch (error) {
      upstreamProblem(error, res, next);
    }
  });

  router.get('/sitemap.xml', async (req, res, next) => {
    try {
      const cached = await cache.get('sitemap', async () => ({
        status: 200,
        body: await sitemap(api(req), origin),
      }));
      res
        .set('cache-control', cacheControl)
        .type('application/xml')
        .send(cached.status === 200 ? cached.body : '');
    } catch (error) {
      upstreamProblem(error, res, next);
    }
  });

  router.get('/robots.txt', (_req, res) => {
    res
      .set('cache-control', 'public, max-age=3600')
      .type('text/plain')
      .send(`User-agent: *\nAllow: /\nDisallow: /bff/\n\nSitemap: ${origin}/sitemap.xml\n`);
  });
}

type CustomerClient = ReturnType<typeof createApiClients>['customer'];

/**
 * The list's price filter is typed in whole US dollars (its label says so); the Customer API compares minor
 * units, read from the typed text exactly. A price that is no amount filters nothing.
 */
function maxPriceQuery(filters: CatalogFilters): { maxPriceMinor?: number } {
  if (filters.maxPrice === undefined) return {};
  const price = readMoney(String(filters.maxPrice), 'USD');
  return 'minor' in price ? { maxPriceMinor: price.minor } : {};
}

async function listView(
  customer: CustomerClient,
  filters: CatalogFilters,
  page: number,
): Promise<LaunchListView> {
  const [launches, destinations] = await Promise.all([
    customer.GET('/launches', {
      params: {
        query: {
          limit: LIST_PAGE_SIZE,
          offset: (page - 1) * LIST_PAGE_SIZE,
          ...(filters.destination ? { destination: filters.destination } : {}),
          ...(filters.from ? { from: `${filters.from}T00:00:00.000Z` } : {}),
          ...(filters.to ? { to: `${filters.to}T23:59:59.999Z` } : {}),
          ...maxPriceQuery(filters),
          ...(filters.seats === undefined ? {} : { minSeats: filters.seats }),
        },
      },
    }),
    customer.GET('/launches/destinations'),
  ]);
  if (!launches.data) throw new UpstreamError(`The Customer API answered ${launches.response.status}`);
  if (!destinations.data)
    throw new UpstreamError(`The Customer API answered ${destinations.response.status}`);
  return {
    launches: launches.data.items.map(toUpcoming),
    total: launches.data.total,
    page,
    pageCount: Math.max(1, Math.ceil(launches.data.total / LIST_PAGE_SIZE)),
    filters,
    destinations: destinations.data.items,
  };
}

async function detailView(customer: CustomerClient, id: string): Promise<Cached> {
  const { data, response } = await customer.GET('/launches/{id}', { params: { path: { id } } });
  if (response.status === 404) return { status: 404 };
  if (!data) throw new UpstreamError(`The Customer API answered ${response.status}`);
  const view: LaunchDetailView = { ...toUpcoming(data), description: data.description, status: data.status };
  return { status: 200, body: view };
}

async function sitemap(customer: CustomerClient, origin: string): Promise<string> {
  const launches: UpcomingLaunch[] = [];
  for (let offset = 0; ; offset += API_MAX_LIMIT) {
    const { data, response } = await customer.GET('/launches', {
      params: { query: { limit: API_MAX_LIMIT, offset } },
    });
    if (!data) throw new UpstreamError(`The Customer API answered ${response.status}`);
    launches.push(...data.items);
    if (data.items.length === 0 || launches.length >= data.total) break;
  }
  // The catalog keeps no change time per launch: the day of this reading is the honest last-modified.
  const today = new Date().toISOString().slice(0, 10);
  const pageCount = Math.max(1, Math.ceil(launches.length / LIST_PAGE_SIZE));
  const destinations = [...new Set(launches.map((launch) => launch.destination))].sort();
  const paths = [
    '/',
    ...Array.from({ length: pageCount }, (_, index) => `/launches${listQueryString({}, index + 1)}`),
    ...destinations.map((destination) => `/launches${listQueryString({ destination })}`),
    ...launches.map((launch) => `/launches/${launch.id}`),
  ];
  // Each page once per language, each entry naming all its translations (and English as the default).
  const urls = paths.flatMap((path) => {
    const alternates = [
      ...LOCALES.map((locale) => alternateLink(locale, origin + localePath(path, locale))),
      alternateLink('x-default', origin + path),
    ].join('');
    return LOCALES.map(
      (locale) =>
        `  <url><loc>${escapeXml(origin + localePath(path, locale))}</loc><lastmod>${today}</lastmod>${alternates}</url>`,
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

function alternateLink(hreflang: string, url: string): string {
  return `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(url)}"/>`;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function upstreamProblem(error: unknown, res: Response, next: NextFunction): void {
  if (error instanceof UpstreamError) problem(res, 502, 'Bad Gateway', error.message);
  else next(error);
}
