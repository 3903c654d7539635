import type { Request } from 'express';

/** A text field of a posted form; anything else reads as empty. */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A page of this app with query parameters, skipping empty ones. */
export function pageUrl(path: string, params: Record<string, string | undefined> = {}): string {
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
}

/**
 * What a booking form shows for a Customer API problem: its detail (the API words it for people, e.g.
 * "only 1 seat is left"), bounded so a URL stays short; a calm generic sentence when the API failed
 * itself or said nothing usable.
 */
export function problemMessage(status: number, error: unknown): string {
  if (status >= 500 || status === 0) {
    return "We couldn't complete that just now. Nothing was charged; please try again in a moment.";
  }
  if (status === 401) return 'Your session has ended. Please sign in again to continue.';
  if (status === 403) return 'Your account cannot book seats. Sign in with a customer account.';
  if (status === 404) return 'That booking or launch no longer exists.';
  const problem = (error ?? {}) as ProblemLike;
  const text =
    typeof problem.detail === 'string' && problem.detail
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : 'Some of the details were not accepted.';
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
