import { validate as isValidCron } from 'node-cron';
import type { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';

type Env = Record<string, string | undefined>;

/** Only ever used outside production, so a fresh checkout starts without configuring secrets. */
const DEV_INTERNAL_API_SECRET = 'astrobookings-dev-internal-secret';
const DEV_PAYMENT_WEBHOOK_SECRET = 'astrobookings-dev-payment-webhook-secret';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment into a typed config, collecting every invalid value so one start-up shows them all. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    return value ? value : fallback;
  };
  const port = (name: string, fallback: number): number => {
    const raw = read(name, String(fallback));
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`${name} must be a port number between 0 and 65535, got "${raw}"`);
    }
    return value;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const raw = read(name, fallback);
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      problems.push(`${name} must be a URL, got "${raw}"`);
    }
    if (parsed && !protocols.includes(parsed.protocol)) {
      problems.push(`${name} must use ${protocols.join(' or ')}, got "${raw}"`);
    }
    return raw;
  };
  const email = (name: string, fallback: string): string => {
    const raw = read(name, fallback);
    if (!/^[^@\s]+@[^@\s]+$/.test(raw)) problems.push(`${name} must be an email address, got "${raw}"`);
    return raw;
  };

  const positiveInt = (name: string, fallback: number): number => {
    const raw = read(name, String(fallback));
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      problems.push(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };

  const http = ['http:', 'https:'];
  const nodeEnv = read('NODE_ENV', 'development');
  const production = nodeEnv === 'production';
  const internalApiSecret = read('INTERNAL_API_SECRET', production ? '' : DEV_INTERNAL_API_SECRET);
  if (internalApiSecret.length < 16) {
    problems.push('INTERNAL_API_SECRET must be set to at least 16 characters in production');
  }
  // A PEM put into one env line usually has its newlines written as \n.
  const signingKeyPem = env.AUTH_SIGNING_KEY?.trim().replace(/\\n/g, '\n') || undefined;
  if (signingKeyPem && !signingKeyPem.includes('BEGIN PRIVATE KEY')) {
    problems.push('AUTH_SIGNING_KEY must be a PKCS8 PEM private key (-----BEGIN PRIVATE KEY-----)');
  }
  const webhookSecret = read('PAYMENT_WEBHOOK_SECRET', production ? '' : DEV_PAYMENT_WEBHOOK_SECRET);
  if (webhookSecret.length < 16) {
    problems.push('PAYMENT_WEBHOOK_SECRET must be set to at least 16 characters in production');
  }
  const mongo = ['mongodb:', 'mongodb+srv:'];
  const mongoUrl = url('MONGO_URL', 'mongodb://127.0.0.1:27018', mongo).replace(/\/+$/, '');
  const logLevel = read('LOG_LEVEL', 'info');
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const syncCron = read('SYNC_CRON', '*/5 * * * *');
  if (!isValidCron(syncCron)) problems.push(`SYNC_CRON must be a cron expression, got "${syncCron}"`);

  const holdExpiryCron = read('HOLD_EXPIRY_CRON', '* * * * *');
  if (!isValidCron(holdExpiryCron)) {
    problems.push(`HOLD_EXPIRY_CRON must be a cron expression, got "${holdExpiryCron}"`);
  }
  const cron = (name: string, fallback: string): string => {
    const value = read(name, fallback);
    if (!isValidCron(value)) problems.push(`${name} must be a cron expression, got "${value}"`);
    return value;
  };
  const coreApiUrl = url('CORE_API_URL', 'http://127.0.0.1:3004', http);

  const config: AppConfig = {
    nodeEnv,
    logLevel,
    ports: {
      authApi: port('AUTH_API_PORT', 3001),
      customerApi: port('CUSTOMER_API_PORT', 3002),
      adminApi: port('ADMIN_API_PORT', 3003),
      coreApi: port('CORE_API_PORT', 3004),
      jobScheduler: port('JOB_SCHEDULER_PORT', 3005),
    },
    urls: {
      authApi: url('AUTH_API_URL', 'http://127.0.0.1:3001', http),
      customerApi: url('CUSTOMER_API_URL', 'http://127.0.0.1:3002', http),
      adminApi: url('ADMIN_API_URL', 'http://127.0.0.1:3003', http),
      coreApi: coreApiUrl,
      jobScheduler: url('JOB_SCHEDULER_URL', 'http://127.0.0.1:3005', http),
      authWeb: url('AUTH_WEB_URL', 'http://localhost:4001', http).replace(/\/+$/, ''),
    },
    databaseUrl: url('DATABASE_URL', 'postgres://astro:astro@127.0.0.1:5433/operations', [
      'postgres:',
      'postgresql:',
    ]),
    customerDbUrl: url('CUSTOMER_DB_URL', withDatabase(mongoUrl, 'customer'), mongo),
    coreDbUrl: url('CORE_DB_URL', withDatabase(mongoUrl, 'core'), mongo),
    smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    opsAlertEmail: email('OPS_ALERT_EMAIL', 'ops@astrobookings.local'),
    mailFrom: email('MAIL_FROM', 'no-reply@astrobookings.local'),
    syncCron,
    housekeepingCron: cron('HOUSEKEEPING_CRON', '30 3 * * *'),
    trustProxy: read('TRUST_PROXY', 'loopback, uniquelocal'),
    notificationDispatchIntervalMs: positiveInt('NOTIFICATION_DISPATCH_INTERVAL_MS', 2000),
    security: {
      internalApiSecret,
      ...(signingKeyPem ? { signingKeyPem } : {}),
      rateLimitPerMinute: positiveInt('AUTH_RATE_LIMIT_PER_MINUTE', 20),
      lockoutThreshold: positiveInt('AUTH_LOCKOUT_THRESHOLD', 5),
      lockoutMinutes: positiveInt('AUTH_LOCKOUT_MINUTES', 15),
    },
    bookings: {
      holdMinutes: positiveInt('BOOKING_HOLD_MINUTES', 10),
      customerWebUrl: url('CUSTOMER_WEB_URL', 'http://localhost:4000', http).replace(/\/+$/, ''),
      // Defaults to Core API, which serves the simulated checkout pages; a bad CORE_API_URL is reported once.
      checkoutBaseUrl: (read('PAYMENT_CHECKOUT_URL', '')
        ? url('PAYMENT_CHECKOUT_URL', '', http)
        : coreApiUrl
      ).replace(/\/+$/, ''),
      webhookSecret,
      threeDsDelayMs: positiveInt('SIMULATED_3DS_DELAY_MS', 3000),
      holdExpiryCron,
      abortedLaunchRefundCron: cron('ABORTED_LAUNCH_REFUND_CRON', '*/5 * * * *'),
      reminderCron: cron('REMINDER_CRON', '0 * * * *'),
      reminderLeadHours: positiveInt('REMINDER_LEAD_HOURS', 48),
      announcementRepairCron: cron('ANNOUNCEMENT_REPAIR_CRON', '*/10 * * * *'),
      announcementDelayMinutes: positiveInt('ANNOUNCEMENT_DELAY_MINUTES', 60),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Puts a database name into a Mongo URL, keeping any query string (e.g. `?replicaSet=rs0`). */
function withDatabase(mongoUrl: string, database: string): string {
  const [base, query] = mongoUrl.split('?');
  const withoutPath = base.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+).*$/, '$1');
  return `${withoutPath}/${database}${query ? `?${query}` : ''}`;
}
