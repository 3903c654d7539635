import type { Request } from 'express';

/** A text field of a posted form (or JSON body); anything else reads as empty. */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A whole-number or decimal form field, or `undefined` when empty or not a number. */
export function numberField(req: Request, name: string): number | undefined {
  const text = field(req, name);
  const value = Number(text);
  return text === '' || !Number.isFinite(value) ? undefined : value;
}

/** A text query parameter, or `undefined` when missing or repeated. */
export function queryParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A `datetime-local` value (no zone, the forms label it UTC) as an ISO instant, or `undefined` when it
 * is not a date. Values that already carry a zone are taken as they are.
 */
export function utcDateField(req: Request, name: string): string | undefined {
  const text = field(req, name);
  if (!text) return undefined;
  const zoned = /(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A page of this app with query parameters, skipping empty ones. */
export function pageUrl(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

interface ProblemLike {
  readonly title?: unknown;
  readonly detail?: unknown;
  readonly errors?: readonly { readonly field?: unknown; readonly messages?: unknown }[];
}

/**
 * What a form shows for an Admin API problem: its field messages or its detail (the API words them
 * for people, e.g. which statuses a launch may move to), bounded so a URL stays short; a generic
 * sentence when the API gave nothing usable or failed itself.
 */
export function problemMessage(status: number, error: unknown): string {
  if (status >= 500 || status === 0) {
    return "We couldn't complete that just now. Please try again in a moment.";
  }
  if (status === 404) return 'That item no longer exists, or it belongs to another supplier.';
  if (status === 401 || status === 403) return 'Your account is not allowed to do that.';
  const problem = (error ?? {}) as ProblemLike;
  const fields = (problem.errors ?? [])
    .flatMap((entry) => (Array.isArray(entry.messages) ? entry.messages : []))
    .filter((message): message is string => typeof message === 'string');
  const text =
    fields.length > 0
      ? fields.join('; ')
      : typeof problem.detail === 'string'
        ? problem.detail
        : typeof problem.title === 'string'
          ? problem.title
          : 'Some of the details were not accepted.';
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
