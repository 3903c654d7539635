const PLACEHOLDER_ORIGIN = 'http://return-to.invalid';
const MAX_LENGTH = 2048;

/**
 * A return URL the browser may be sent to after signing in: only a path on the same app. Absolute URLs,
 * protocol-relative `//host`, backslash tricks (`/\host`, which browsers read as `//host`), control
 * characters and the BFF's own endpoints are refused, so the sign-in flow can never become an open
 * redirect. Returns the normalised path, or `fallback`. The normalised path is checked again: removing
 * dot segments can turn `/.//host` (or `/%2e//host`, `/a/..//host`) into a protocol-relative `//host`.
 */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  const path = url.pathname;
  if (url.origin !== PLACEHOLDER_ORIGIN || path.startsWith('/bff/') || !isLocalPath(path)) return fallback;
  return `${path}${url.search}${url.hash}`;
}

function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
