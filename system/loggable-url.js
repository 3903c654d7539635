const REDACTED = '[redacted]';

/** A query parameter name worth keeping in a log: short and plain (a name can be anything a client sends). */
const PLAIN_NAME = /^[\w.-]{1,40}$/;

/**
 * Paths whose next segment is a one-time secret. The invitation lookup is a POST now; clients still on the
 * old `GET /auth/invitations/{token}` must not write live invitations into the API's log either.
 */
const SECRET_SEGMENTS = [/^(\/auth\/invitations\/)(?!(?:accept|lookup)\/?$)[^/]+/i];

/**
 * The request URL as a request log may record it. Links carry one-time secrets (invitation, reset and
 * verification tokens, the SSO callback's code and state, and a `returnTo` may wrap any of them), so
 * every query value is masked and only the names stay; known secret path segments are masked too.
 */
export function loggableUrl(url) {
  const text = String(url ?? '').split('#', 1)[0];
  const queryAt = text.indexOf('?');
  const path = queryAt < 0 ? text : text.slice(0, queryAt);
  const safePath = SECRET_SEGMENTS.reduce(
    (masked, pattern) => masked.replace(pattern, `$1${REDACTED}`),
    path,
  );
  if (queryAt < 0) return safePath;
  const names = text
    .slice(queryAt + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return `${PLAIN_NAME.test(name) ? name : REDACTED}=${REDACTED}`;
    });
  return names.length === 0 ? safePath : `${safePath}?${names.join('&')}`;
}
