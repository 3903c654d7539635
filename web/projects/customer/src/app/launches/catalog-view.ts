import type { UpcomingLaunch } from '../home/home-view';

/** The list filters a visitor can set, already validated: anything malformed is dropped, not sent on. */
export interface CatalogFilters {
  readonly destination?: string;
  /** First day, `YYYY-MM-DD` (UTC). */
  readonly from?: string;
  /** Last day, `YYYY-MM-DD` (UTC), included. */
  readonly to?: string;
  readonly maxPrice?: number;
  /** Seats the visitor needs: only launches with at least this many left. */
  readonly seats?: number;
}

export interface LaunchListView {
  readonly launches: readonly UpcomingLaunch[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly filters: CatalogFilters;
  readonly destinations: readonly string[];
}

export interface LaunchDetailView extends UpcomingLaunch {
  readonly description: string;
  readonly status: string;
}

export const LIST_PAGE_SIZE = 6;
/**
 * How many seats the list's filter lets a visitor ask for. A search bound for anonymous visitors, not a
 * booking rule: the Customer API states each customer's own seat limit on the booking form.
 */
export const MAX_SEATS_FILTER = 6;
export const LIST_VIEW_URL = '/bff/catalog/launches';

export function detailViewUrl(id: string): string {
  return `${LIST_VIEW_URL}/${encodeURIComponent(id)}`;
}

/** The one field the launch page reads from the Customer API's launch, fetched through the BFF's proxy. */
export interface LiveSeats {
  readonly seatsAvailable: number;
}

/** The Customer API's launch, read by the browser: live seats, past the BFF's few seconds of cache. */
export function liveSeatsUrl(id: string): string {
  return `/bff/proxy/customer/launches/${encodeURIComponent(id)}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isLaunchId(value: string): boolean {
  return UUID.test(value);
}

type QueryValue = string | readonly string[] | undefined | null;

function single(value: QueryValue): string | undefined {
  const text = typeof value === 'string' || value == null ? value : value[0];
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

function isDay(value: string | undefined): value is string {
  return value !== undefined && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Reads the list's query string (the GET form and pagination links) into filters and a page number. */
export function parseListQuery(query: Readonly<Record<string, QueryValue>>): {
  filters: CatalogFilters;
  page: number;
} {
  const destination = single(query['destination']);
  const from = single(query['from']);
  const to = single(query['to']);
  const maxPrice = Number(single(query['maxPrice']));
  const seats = Number(single(query['seats']));
  const page = Number(single(query['page']) ?? '1');
  const filters: CatalogFilters = {
    ...(destination && destination.length <= 120 ? { destination } : {}),
    ...(isDay(from) ? { from } : {}),
    ...(isDay(to) && !(isDay(from) && to < from) ? { to } : {}),
    ...(Number.isFinite(maxPrice) && maxPrice > 0 ? { maxPrice } : {}),
    ...(Number.isInteger(seats) && seats >= 1 && seats <= MAX_SEATS_FILTER ? { seats } : {}),
  };
  return { filters, page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1 };
}

/** The list's query string in one fixed order, page 1 left out: the same list always has one URL. */
export function listQueryString(filters: CatalogFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.destination) query.set('destination', filters.destination);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.maxPrice !== undefined) query.set('maxPrice', String(filters.maxPrice));
  if (filters.seats !== undefined) query.set('seats', String(filters.seats));
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `?${text}` : '';
}
