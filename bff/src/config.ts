/** The five web applications; each one is an SSR server with its own backend-for-frontend. */
export type WebApp = 'auth' | 'customer' | 'supplier' | 'financial' | 'operations';

/** The HTTP APIs a backend-for-frontend may call. */
export type ApiName = 'auth' | 'customer' | 'admin' | 'core';

export interface BffConfig {
  readonly app: WebApp;
  readonly port: number;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly logLevel: string;
  /** Base URL of every API, whether or not this app calls it (the client factory needs them all). */
  readonly apiUrls: Readonly<Record<ApiName, string>>;
  /** The APIs this app calls; its health endpoint reports on exactly these. */
  readonly apis: readonly ApiName[];
  /** Public base URL of every web app: the sign-in hand-off sends the browser between them. */
  readonly webUrls: Readonly<Record<WebApp, string>>;
  /** Secret the session cookie and CSRF keys are derived from (`BFF_SESSION_SECRET`). */
  readonly sessionSecret: string;
  /** How often, at most, a session is re-checked against the Auth API (revoked elsewhere ⇒ dropped here). */
  readonly sessionRecheckSeconds: number;
}

/**
 * Used only outside production, so `npm start` works without configuration; production refuses to start
 * without a real secret.
 */
const DEV_SESSION_SECRET = 'astrobookings-development-session-secret-never-use-in-production';
const MIN_SECRET_LENGTH = 32;

const DEFAULT_PORTS: Record<WebApp, number> = {
  customer: 4000,
  auth: 4001,
  supplier: 4002,
  financial: 4003,
  operations: 4004,
};

/** Which API backs which app, following the system architecture. */
const APIS_BY_APP: Record<WebApp, readonly ApiName[]> = {
  auth: ['auth'],
  customer: ['customer'],
  supplier: ['admin'],
  financial: ['admin'],
  operations: ['core'],
};

const API_ENV: Record<ApiName, { env: string; fallback: string }> = {
  auth: { env: 'AUTH_API_URL', fallback: 'http://127.0.0.1:3001' },
  customer: { env: 'CUSTOMER_API_URL', fallback: 'http://127.0.0.1:3002' },
  admin: { env: 'ADMIN_API_URL', fallback: 'http://127.0.0.1:3003' },
  core: { env: 'CORE_API_URL', fallback: 'http://127.0.0.1:3004' },
};

const WEB_ENV: Record<WebApp, string> = {
  customer: 'CUSTOMER_WEB_URL',
  auth: 'AUTH_WEB_URL',
  supplier: 'SUPPLIER_WEB_URL',
  financial: 'FINANCIAL_WEB_URL',
  operations: 'OPERATIONS_WEB_URL',
};

const NODE_ENVS = ['development', 'production', 'test'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the environment once, at start-up, so a bad value stops the server with a message
 * naming every offending variable instead of failing on the first request.
 */
export function loadBffConfig(app: WebApp, env: NodeJS.ProcessEnv = process.env): BffConfig {
  const problems: string[] = [];

  const rawPort = env['PORT'] ?? String(DEFAULT_PORTS[app]);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
    problems.push(`PORT must be an integer between 1 and 65535, got "${rawPort}"`);
  }

  const nodeEnv = (env['NODE_ENV'] ?? 'development') as BffConfig['nodeEnv'];
  if (!NODE_ENVS.includes(nodeEnv)) {
    problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')}, got "${nodeEnv}"`);
  }

  const logLevel = env['LOG_LEVEL'] ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const apiUrls = {} as Record<ApiName, string>;
  for (const [name, { env: variable, fallback }] of Object.entries(API_ENV) as [
    ApiName,
    typeof API_ENV.auth,
  ][]) {
    const value = env[variable] ?? fallback;
    if (!isHttpUrl(value)) {
      problems.push(`${variable} must be an http(s) URL, got "${value}"`);
    }
    // Trailing slashes would produce `//path` when joined with request paths.
    apiUrls[name] = value.replace(/\/+$/, '');
  }

  const webUrls = {} as Record<WebApp, string>;
  for (const [name, variable] of Object.entries(WEB_ENV) as [WebApp, string][]) {
    const value = env[variable] ?? `http://localhost:${DEFAULT_PORTS[name]}`;
    if (!isHttpUrl(value)) {
      problems.push(`${variable} must be an http(s) URL, got "${value}"`);
    }
    webUrls[name] = value.replace(/\/+$/, '');
  }

  const sessionSecret = env['BFF_SESSION_SECRET'] ?? (nodeEnv === 'production' ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `BFF_SESSION_SECRET must be set to at least ${MIN_SECRET_LENGTH} characters` +
        (nodeEnv === 'production' ? ' (required in production)' : ''),
    );
  }

  const rawRecheck = env['SESSION_RECHECK_SECONDS'] ?? '30';
  const sessionRecheckSeconds = Number(rawRecheck);
  if (!/^\d+$/.test(rawRecheck)) {
    problems.push(`SESSION_RECHECK_SECONDS must be a whole number of seconds, got "${rawRecheck}"`);
  }

  if (problems.length > 0) {
    throw new Error(`Invalid configuration for the ${app} web server:\n- ${problems.join('\n- ')}`);
  }
  return {
    app,
    port,
    nodeEnv,
    logLevel,
    apiUrls,
    apis: APIS_BY_APP[app],
    webUrls,
    sessionSecret,
    sessionRecheckSeconds,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
