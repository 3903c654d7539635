import {
  EnvReader,
  LOG_LEVELS,
  SERVICES,
  WEB_APPS,
  readNodeEnv,
  type ApiName,
  type NodeEnv,
  type WebApp,
} from '@astrobookings/system';
import type { ResponseCacheOptions } from './response-cache.js';

export type { ApiName, WebApp };

/** What every web server reads. */
export interface CommonBffConfig {
  readonly port: number;
  /** NODE_ENV; unset means production, and only development and test allow the development session secret. */
  readonly nodeEnv: NodeEnv;
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
  /**
   * Express `trust proxy` (`TRUST_PROXY`): the proxies in front of this server whose X-Forwarded-For names the
   * browser. The address derived from it is the one the APIs are told (see `createApiClients`).
   */
  readonly trustProxy: string;
  /** How long an API call may take before the page gets a 504 (`SERVICE_CALL_TIMEOUT_MS`, as in the services). */
  readonly serviceCallTimeoutMs: number;
}

/** What only the customer app reads. */
export interface CustomerWebConfig {
  /**
   * Where the "Pay" form ends: the payment provider's checkout page, served by Core API unless
   * `PAYMENT_CHECKOUT_URL` says otherwise (the setting Core API builds checkout links from).
   */
  readonly paymentCheckoutUrl: string;
  /** The catalog cache's windows (`CATALOG_CACHE_TTL_MS`, 0 turns it off; `CATALOG_CACHE_STALE_MS`). */
  readonly catalogCache: ResponseCacheOptions;
}

/** One web server's configuration: the common part plus its own app's settings. */
export type BffConfig<A extends WebApp = WebApp> = CommonBffConfig & {
  readonly app: A;
} & (A extends 'customer' ? CustomerWebConfig : unknown);

/**
 * Used only when NODE_ENV is development or test, so `npm start` works without configuration; production
 * (NODE_ENV unset included) refuses to start without a real secret.
 */
const DEV_SESSION_SECRET = 'astrobookings-development-session-secret-never-use-in-production';
const MIN_SECRET_LENGTH = 32;

/**
 * Reads and validates the environment once, at start-up, so a bad value stops the server with a ConfigError
 * naming every offending variable instead of failing on the first request. Only `app`'s own settings are
 * read: a bad customer cache setting cannot stop the supplier app.
 */
export function loadBffConfig<A extends WebApp>(app: A, env: NodeJS.ProcessEnv = process.env): BffConfig<A> {
  const read = new EnvReader(env);
  const self = WEB_APPS.find((webApp) => webApp.app === app);
  if (!self) throw new Error(`Unknown web app "${app}"`);
  const port = read.port('PORT', self.defaultPort);
  const nodeEnv = readNodeEnv(read);
  const logLevel = read.oneOf('LOG_LEVEL', 'info', LOG_LEVELS);

  // Trailing slashes would produce `//path` when joined with request paths.
  const apiUrls = {} as Record<ApiName, string>;
  for (const service of SERVICES) {
    if (service.api) apiUrls[service.api] = read.url(service.urlEnv, service.defaultUrl).replace(/\/+$/, '');
  }
  const webUrls = {} as Record<WebApp, string>;
  for (const webApp of WEB_APPS) {
    webUrls[webApp.app] = read.url(webApp.urlEnv, webApp.defaultUrl).replace(/\/+$/, '');
  }

  const sessionSecret = read.text('BFF_SESSION_SECRET', nodeEnv === 'production' ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < MIN_SECRET_LENGTH) {
    read.problem(
      `BFF_SESSION_SECRET must be set to at least ${MIN_SECRET_LENGTH} characters` +
        (nodeEnv === 'production' ? ' (required in production; an unset NODE_ENV means production)' : ''),
    );
  }
  const sessionRecheckSeconds = read.wholeNumber('SESSION_RECHECK_SECONDS', 30, 'seconds');
  const trustProxy = read.text('TRUST_PROXY', 'loopback');
  const serviceCallTimeoutMs = read.positiveInt('SERVICE_CALL_TIMEOUT_MS', 10_000);
  const own = app === 'customer' ? customerSettings(read, apiUrls.core) : {};

  read.throwIfInvalid(`the ${app} web server`);
  const common: CommonBffConfig = {
    port,
    nodeEnv,
    logLevel,
    apiUrls,
    apis: self.apis,
    webUrls,
    sessionSecret,
    sessionRecheckSeconds,
    trustProxy,
    serviceCallTimeoutMs,
  };
  return { app, ...common, ...own } as BffConfig<A>;
}

function customerSettings(read: EnvReader, coreApiUrl: string): CustomerWebConfig {
  return {
    // A bad CORE_API_URL is reported once, under its own name.
    paymentCheckoutUrl: read.value('PAYMENT_CHECKOUT_URL')
      ? read.url('PAYMENT_CHECKOUT_URL', '')
      : coreApiUrl,
    catalogCache: {
      freshMs: read.wholeNumber('CATALOG_CACHE_TTL_MS', 5_000, 'milliseconds'),
      staleMs: read.wholeNumber('CATALOG_CACHE_STALE_MS', 30_000, 'milliseconds'),
    },
  };
}
