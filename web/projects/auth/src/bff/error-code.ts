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
