import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

// Accept a caller's id only when it is short and plain, so logs cannot be flooded or forged with odd text.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is acceptable, otherwise a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE.test(value) ? value : randomUUID();
}
