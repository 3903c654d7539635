import {
  EnvReader,
  LOG_LEVELS,
  SERVICES,
  WEB_APPS,
  readNodeEnv,
  type ServiceKey,
  type WebAppKey,
} from '@astrobookings/system';
import { validate as isValidCron } from 'node-cron';
import type { AppConfig, PaymentProviderName } from './app-config.js';
import { CONFIG_SCOPES, type ConfigScope, type ScopedConfig } from './config-scopes.js';

type Env = Record<string, string | undefined>;

/** Only ever used when NODE_ENV is development or test, so a fresh checkout starts without configuring secrets. */
const DEV_INTERNAL_API_SECRET = 'astrobookings-dev-internal-secret';
const DEV_PAYMENT_WEBHOOK_SECRET = 'astrobookings-dev-payment-webhook-secret';
const PAYMENT_PROVIDERS: readonly PaymentProviderName[] = ['simulated', 'none'];
/** Said with every missing production secret: a developer who forgot NODE_ENV learns why it is asked for. */
const UNSET_MEANS_PRODUCTION = ' (an unset NODE_ENV means production)';

/**
 * Reads the settings `scope` reads (CONFIG_SCOPES) into a typed config, collecting every invalid one so one
 * start-up shows them all in a ConfigError; settings of other processes are not even looked at.
 */
export function loadConfig<S extends ConfigScope>(scope: S, env: Env = process.env): ScopedConfig<S> {
  const read = new EnvReader(env);
  const settings = settingReaders(read);
  const config = Object.fromEntries(CONFIG_SCOPES[scope].map((key) => [key, settings[key]()]));
  read.throwIfInvalid();
  return config as ScopedConfig<S>;
}

/** How to read each setting of AppConfig; each runs only when a scope asks for it. */
function settingReaders(read: EnvReader): { [K in keyof AppConfig]: () => AppConfig[K] } {
  const nodeEnv = readNodeEnv(read);
  const production = nodeEnv === 'production';
  const secret = (name: string, development: string): string => {
    const value = read.text(name, production ? '' : development);
    if (value.length < 16)
      read.problem(`${name} must be set to at least 16 characters in production${UNSET_MEANS_PRODUCTION}`);
    return value;
  };
  const cron = (name: string, fallback: string): string => {
    const value = read.text(name, fallback);
    if (!isValidCron(value)) read.problem(`${name} must be a cron expression, got "${value}"`);
    return value;
  };
  const webUrl = (key: WebAppKey): string => {
    const app = WEB_APPS.find((candidate) => candidate.key === key)!;
    return read.url(app.urlEnv, app.defaultUrl).replace(/\/+$/, '');
  };
  const mongo = ['mongodb:', 'mongodb+srv:'];
  let mongoUrl: string | undefined;
  // Both Mongo databases default to MONGO_URL's server, which is read (and reported) once.
  const mongoDatabase = (name: string, database: string): string => {
    mongoUrl ??= read.url('MONGO_URL', 'mongodb://127.0.0.1:27018', mongo).replace(/\/+$/, '');
    return read.url(name, withDatabase(mongoUrl, database), mongo);
  };
  const coreApi = SERVICES.find((service) => service.key === 'coreApi')!;

  return {
    nodeEnv: () => nodeEnv,
    logLevel: () => read.oneOf('LOG_LEVEL', 'info', LOG_LEVELS),
    host: () => read.text('HOST', '127.0.0.1'),
    ports: () =>
      Object.fromEntries(
        SERVICES.map((service) => [service.key, read.port(service.portEnv, service.defaultPort)]),
      ) as AppConfig['ports'],
    urls: () => ({
      ...(Object.fromEntries(
        SERVICES.map((service) => [service.key, read.url(service.urlEnv, service.defaultUrl)]),
      ) as Record<ServiceKey, string>),
      authWeb: webUrl('authWeb'),
      customerWeb: webUrl('customerWeb'),
    }),
    trustProxy: () => read.text('TRUST_PROXY', 'loopback'),
    security: () => ({ internalApiSecret: secret('INTERNAL_API_SECRET', DEV_INTERNAL_API_SECRET) }),
    databaseUrl: () =>
      read.url('DATABASE_URL', 'postgres://astro:astro@127.0.0.1:5433/operations', [
        'postgres:',
        'postgresql:',
      ]),
    customerDbUrl: () => mongoDatabase('CUSTOMER_DB_URL', 'customer'),
    coreDbUrl: () => mongoDatabase('CORE_DB_URL', 'core'),
    smtpUrl: () => read.url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    opsAlertEmail: () => read.email('OPS_ALERT_EMAIL', 'ops@astrobookings.local'),
    mailFrom: () => read.email('MAIL_FROM', 'no-reply@astrobookings.local'),
    notificationDispatchIntervalMs: () => read.positiveInt('NOTIFICATION_DISPATCH_INTERVAL_MS', 2000),
    auth: () => {
      // A PEM put into one env line usually has its newlines written as \n.
      const signingKeyPem = read.value('AUTH_SIGNING_KEY')?.replace(/\\n/g, '\n');
      if (signingKeyPem && !signingKeyPem.includes('BEGIN PRIVATE KEY')) {
        read.problem('AUTH_SIGNING_KEY must be a PKCS8 PEM private key (-----BEGIN PRIVATE KEY-----)');
      } else if (!signingKeyPem && production) {
        read.problem(
          `AUTH_SIGNING_KEY must be set to an Ed25519 PKCS8 PEM key in production${UNSET_MEANS_PRODUCTION}`,
        );
      }
      return {
        ...(signingKeyPem ? { signingKeyPem } : {}),
        rateLimitPerMinute: read.positiveInt('AUTH_RATE_LIMIT_PER_MINUTE', 20),
        lockoutThreshold: read.positiveInt('AUTH_LOCKOUT_THRESHOLD', 5),
        lockoutMinutes: read.positiveInt('AUTH_LOCKOUT_MINUTES', 15),
        sessionMaxHours: {
          staff: read.positiveInt('AUTH_SESSION_MAX_HOURS_STAFF', 12),
          customer: read.positiveInt('AUTH_SESSION_MAX_HOURS_CUSTOMER', 30 * 24),
        },
        accountLockThreshold: read.positiveInt('AUTH_ACCOUNT_LOCK_THRESHOLD', 50),
        accountLockMinutes: read.positiveInt('AUTH_ACCOUNT_LOCK_MINUTES', 60),
      };
    },
    requestLimits: () => ({
      perMinute: read.positiveInt('API_RATE_LIMIT_PER_MINUTE', 600),
      holdsPerHour: read.positiveInt('BOOKING_HOLDS_PER_HOUR', 30),
      checkoutsPerHour: read.positiveInt('BOOKING_CHECKOUTS_PER_HOUR', 60),
    }),
    payments: () => ({
      provider: read.oneOf('PAYMENT_PROVIDER', production ? 'none' : 'simulated', PAYMENT_PROVIDERS),
      holdMinutes: read.positiveInt('BOOKING_HOLD_MINUTES', 10),
      // Defaults to Core API, which serves the simulated checkout pages; a bad CORE_API_URL is reported once.
      checkoutBaseUrl: (read.value('PAYMENT_CHECKOUT_URL')
        ? read.url('PAYMENT_CHECKOUT_URL', '')
        : read.text(coreApi.urlEnv, coreApi.defaultUrl)
      ).replace(/\/+$/, ''),
      webhookSecret: secret('PAYMENT_WEBHOOK_SECRET', DEV_PAYMENT_WEBHOOK_SECRET),
      threeDsDelayMs: read.positiveInt('SIMULATED_3DS_DELAY_MS', 3000),
    }),
    holds: () => ({
      maxHeldSeatsPerCustomer: read.positiveInt('MAX_HELD_SEATS_PER_CUSTOMER', 8),
      expiredHoldsBeforeCooldown: read.positiveInt('EXPIRED_HOLDS_BEFORE_COOLDOWN', 3),
      expiredHoldsWindowHours: read.positiveInt('EXPIRED_HOLDS_WINDOW_HOURS', 24),
      cooldownMinutes: read.positiveInt('HOLD_COOLDOWN_MINUTES', 15),
    }),
    scheduler: () => ({
      syncCron: cron('SYNC_CRON', '*/5 * * * *'),
      holdExpiryCron: cron('HOLD_EXPIRY_CRON', '* * * * *'),
      abortedLaunchRefundCron: cron('ABORTED_LAUNCH_REFUND_CRON', '*/5 * * * *'),
      reminderCron: cron('REMINDER_CRON', '0 * * * *'),
      announcementRepairCron: cron('ANNOUNCEMENT_REPAIR_CRON', '*/10 * * * *'),
      housekeepingCron: cron('HOUSEKEEPING_CRON', '30 3 * * *'),
      invoiceIssuingCron: cron('INVOICE_ISSUING_CRON', '*/15 * * * *'),
      invoiceOverdueCron: cron('INVOICE_OVERDUE_CRON', '0 6 * * *'),
    }),
    announcements: () => ({
      delayMinutes: read.positiveInt('ANNOUNCEMENT_DELAY_MINUTES', 60),
      reminderLeadHours: read.positiveInt('REMINDER_LEAD_HOURS', 48),
    }),
    seedDemoAccounts: () => {
      const seed = read.flag('SEED_DEMO_ACCOUNTS', !production);
      // Every demo account, admin included, shares the password the README publishes.
      if (seed && production)
        read.problem(
          'SEED_DEMO_ACCOUNTS=true is refused in production: demo accounts share a published password',
        );
      return seed;
    },
    apiDocs: () => read.flag('API_DOCS', !production),
    serviceCallTimeoutMs: () => read.positiveInt('SERVICE_CALL_TIMEOUT_MS', 10_000),
  };
}

/** Puts a database name into a Mongo URL, keeping any query string (e.g. `?replicaSet=rs0`). */
function withDatabase(mongoUrl: string, database: string): string {
  const [base, query] = mongoUrl.split('?');
  const withoutPath = base.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+).*$/, '$1');
  return `${withoutPath}/${database}${query ? `?${query}` : ''}`;
}
