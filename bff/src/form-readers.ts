import type { Request } from 'express';
import { wallTimeToInstant } from './wall-time.js';

function bodyValue(req: Request, name: string): unknown {
  return (req.body as Record<string, unknown> | undefined)?.[name];
}

/** A text field of a posted form (or JSON body), trimmed; anything else reads as empty. */
export function field(req: Request, name: string): string {
  const value = bodyValue(req, name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Passwords are taken verbatim: leading or trailing spaces are part of them. */
export function secretField(req: Request, name: string): string {
  const value = bodyValue(req, name);
  return typeof value === 'string' ? value : '';
}

/** A whole-number or decimal form field, or `undefined` when empty or not a number. */
export function numberField(req: Request, name: string): number | undefined {
  const text = field(req, name);
  const value = Number(text);
  return text === '' || !Number.isFinite(value) ? undefined : value;
}

/**
 * A `datetime-local` value read as the wall time of a launch site's zone, as an ISO instant; `undefined`
 * when it is not a date or the zone is unknown (the API then names the field that is wrong).
 */
export function siteDateField(req: Request, name: string, timeZone: string): string | undefined {
  const text = field(req, name);
  try {
    return wallTimeToInstant(text, timeZone).toISOString();
  } catch {
    return undefined;
  }
}

/** A text query parameter, or `undefined` when missing, empty or repeated. */
export function queryParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
