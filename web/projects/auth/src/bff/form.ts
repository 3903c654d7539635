import type { Request } from 'express';

/** A text field of a posted form (or JSON body); anything else reads as empty. */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Passwords are taken verbatim: leading or trailing spaces are part of them. */
export function secretField(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
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

/**
 * The message code a page shows for an Auth API answer. Deliberately coarse: a page must never reveal
 * whether an account exists, only that the attempt failed, was throttled, or could not be processed.
 */
export function errorCode(status: number): string {
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'invalid-credentials';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 404 || status === 409 || status === 410) return 'link-invalid';
  return 'unavailable';
}
