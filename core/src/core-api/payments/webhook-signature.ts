import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-simulated-signature';

/** Deliveries older than this are refused, so a captured delivery cannot be replayed much later. */
const TOLERANCE_SECONDS = 300;

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">`, the shape real gateways use. The payload is the
 * JSON text of the event; the receiver re-serialises the parsed body, which gives the same text because the
 * sender wrote it with JSON.stringify too (same key order, same number formatting).
 */
export function signWebhook(payload: string, secret: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${hmac(`${timestamp}.${payload}`, secret)}`;
}

export function verifyWebhookSignature(
  payload: string,
  header: string | undefined,
  secret: string,
  now = Date.now(),
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part): [string, string | undefined] => {
      const [key, value] = part.trim().split('=', 2);
      return [key, value];
    }),
  );
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== 'string') return false;
  if (Math.abs(now / 1000 - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(hmac(`${timestamp}.${payload}`, secret), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function hmac(text: string, secret: string): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}
