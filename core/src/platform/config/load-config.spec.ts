import { ConfigError } from '@astrobookings/system';
import { loadConfig } from './load-config.js';

function problemsOf(attempt: () => unknown): readonly string[] {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

/** Development defaults (secrets, demo accounts, API docs) apply only when NODE_ENV says so. */
const dev = { NODE_ENV: 'development' };

describe('loadConfig', () => {
  it('uses the documented defaults when the environment is empty', () => {
    const config = loadConfig('core-api', dev);
    expect(config.ports).toEqual({
      authApi: 3001,
      customerApi: 3002,
      adminApi: 3003,
      coreApi: 3004,
      jobScheduler: 3005,
    });
    expect(config.urls.coreApi).toBe('http://127.0.0.1:3004');
    expect(config.databaseUrl).toBe('postgres://astro:astro@127.0.0.1:5433/operations');
    expect(config.customerDbUrl).toBe('mongodb://127.0.0.1:27018/customer');
    expect(config.coreDbUrl).toBe('mongodb://127.0.0.1:27018/core');
    expect(config.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(config.opsAlertEmail).toBe('ops@astrobookings.local');
    expect(config.logLevel).toBe('info');
    expect(config.host).toBe('127.0.0.1');
    const { scheduler } = loadConfig('job-scheduler', dev);
    expect(scheduler.syncCron).toBe('*/5 * * * *');
    expect(scheduler.housekeepingCron).toBe('30 3 * * *');
    expect(scheduler.announcementRepairCron).toBe('*/10 * * * *');
  });

  it('groups what Core API reads about bookings into payments and announcements, with their defaults', () => {
    const config = loadConfig('core-api', dev);
    expect(config.payments).toEqual({
      provider: 'simulated',
      holdMinutes: 10,
      checkoutBaseUrl: 'http://127.0.0.1:3004',
      webhookSecret: expect.any(String),
      threeDsDelayMs: 3000,
    });
    expect(config.announcements).toEqual({ delayMinutes: 60, reminderLeadHours: 48 });
    expect(config.urls.customerWeb).toBe('http://localhost:4000');
    expect(
      loadConfig('core-api', {
        ...dev,
        CORE_API_URL: 'http://core:3004',
        PAYMENT_CHECKOUT_URL: 'https://pay.example/',
      }).payments.checkoutBaseUrl,
    ).toBe('https://pay.example');
  });

  it('limits the seats a customer holds and cools down accounts that keep letting holds expire', () => {
    expect(loadConfig('core-api', dev).holds).toEqual({
      maxHeldSeatsPerCustomer: 8,
      expiredHoldsBeforeCooldown: 3,
      expiredHoldsWindowHours: 24,
      cooldownMinutes: 15,
    });
    expect(
      loadConfig('core-api', { ...dev, MAX_HELD_SEATS_PER_CUSTOMER: '12' }).holds.maxHeldSeatsPerCustomer,
    ).toBe(12);
    expect(problemsOf(() => loadConfig('core-api', { ...dev, MAX_HELD_SEATS_PER_CUSTOMER: '0' }))).toEqual([
      'MAX_HELD_SEATS_PER_CUSTOMER must be a positive integer, got "0"',
    ]);
  });

  it('uses the simulated card provider only in development and test unless PAYMENT_PROVIDER names it', () => {
    const provider = (env: Record<string, string>) =>
      loadConfig('core-api', { PAYMENT_WEBHOOK_SECRET: 'a-real-webhook-secret', ...env }).payments.provider;
    expect(provider({ NODE_ENV: 'development' })).toBe('simulated');
    expect(provider({ NODE_ENV: 'test' })).toBe('simulated');
    const production = { INTERNAL_API_SECRET: 'a-real-internal-secret' };
    expect(provider(production)).toBe('none');
    expect(provider({ ...production, NODE_ENV: 'production' })).toBe('none');
    expect(provider({ ...production, PAYMENT_PROVIDER: 'simulated' })).toBe('simulated');
    expect(provider({ ...dev, PAYMENT_PROVIDER: 'none' })).toBe('none');
    expect(problemsOf(() => loadConfig('core-api', { ...dev, PAYMENT_PROVIDER: 'stripe' }))).toEqual([
      'PAYMENT_PROVIDER must be one of simulated, none, got "stripe"',
    ]);
  });

  it("gathers every cron into the Job Scheduler's settings", () => {
    expect(loadConfig('job-scheduler', dev).scheduler).toEqual({
      syncCron: '*/5 * * * *',
      holdExpiryCron: '* * * * *',
      abortedLaunchRefundCron: '*/5 * * * *',
      reminderCron: '0 * * * *',
      announcementRepairCron: '*/10 * * * *',
      housekeepingCron: '30 3 * * *',
      invoiceIssuingCron: '*/15 * * * *',
      invoiceOverdueCron: '0 6 * * *',
    });
  });

  it('derives both Mongo databases from MONGO_URL, keeping its query string', () => {
    const config = loadConfig('core-api', {
      ...dev,
      MONGO_URL: 'mongodb://db.example:27017/?replicaSet=rs0',
    });
    expect(config.customerDbUrl).toBe('mongodb://db.example:27017/customer?replicaSet=rs0');
    expect(config.coreDbUrl).toBe('mongodb://db.example:27017/core?replicaSet=rs0');
  });

  it('lets a per-database URL override the one derived from MONGO_URL', () => {
    const config = loadConfig('core-api', { ...dev, CORE_DB_URL: 'mongodb://other:1/core_x' });
    expect(config.coreDbUrl).toBe('mongodb://other:1/core_x');
    expect(config.customerDbUrl).toBe('mongodb://127.0.0.1:27018/customer');
  });

  it('reports every invalid value a service reads at once, with the variable name', () => {
    const problems = problemsOf(() =>
      loadConfig('core-api', {
        ...dev,
        CORE_API_PORT: 'abc',
        ADMIN_API_PORT: '70000',
        DATABASE_URL: 'mysql://x/y',
        CORE_API_URL: 'not a url',
        REMINDER_LEAD_HOURS: 'soon',
        LOG_LEVEL: 'loud',
        OPS_ALERT_EMAIL: 'ops',
      }),
    );
    for (const name of [
      'CORE_API_PORT',
      'ADMIN_API_PORT',
      'DATABASE_URL',
      'CORE_API_URL',
      'REMINDER_LEAD_HOURS',
      'LOG_LEVEL',
      'OPS_ALERT_EMAIL',
    ]) {
      expect(problems.join('\n')).toContain(name);
    }
    expect(problems).toHaveLength(7);
  });

  it('accepts port 0 so tests can ask the system for a free port', () => {
    expect(loadConfig('core-api', { ...dev, CORE_API_PORT: '0' }).ports.coreApi).toBe(0);
  });

  it('treats a blank value as unset, so its default applies', () => {
    const config = loadConfig('core-api', {
      ...dev,
      CORE_API_PORT: '  ',
      LOG_LEVEL: '',
      PAYMENT_CHECKOUT_URL: ' ',
    });
    expect(config.ports.coreApi).toBe(3004);
    expect(config.logLevel).toBe('info');
    expect(config.payments.checkoutBaseUrl).toBe('http://127.0.0.1:3004');
  });
});

describe('loadConfig per service', () => {
  const badCrons = { ...dev, SYNC_CRON: 'every minute', HOLD_EXPIRY_CRON: 'often' };

  it('starts the Customer API on a bad scheduler cron, which stops only the Job Scheduler', () => {
    expect(loadConfig('customer-api', badCrons).ports.customerApi).toBe(3002);
    const problems = problemsOf(() => loadConfig('job-scheduler', badCrons));
    expect(problems).toEqual([
      'SYNC_CRON must be a cron expression, got "every minute"',
      'HOLD_EXPIRY_CRON must be a cron expression, got "often"',
    ]);
  });

  it('gives each process only the settings it reads', () => {
    const keys = (config: object) => Object.keys(config).sort();
    const everyService = [
      'apiDocs',
      'host',
      'logLevel',
      'nodeEnv',
      'ports',
      'security',
      'serviceCallTimeoutMs',
      'trustProxy',
      'urls',
    ];
    expect(keys(loadConfig('customer-api', dev))).toEqual(
      [...everyService, 'customerDbUrl', 'databaseUrl', 'requestLimits'].sort(),
    );
    expect(keys(loadConfig('job-scheduler', dev))).toEqual(
      [...everyService, 'coreDbUrl', 'scheduler'].sort(),
    );
    expect(keys(loadConfig('migrate', dev))).toEqual(['databaseUrl']);
    expect(keys(loadConfig('seed', dev))).toEqual(
      ['coreDbUrl', 'customerDbUrl', 'databaseUrl', 'nodeEnv', 'seedDemoAccounts'].sort(),
    );
  });

  it('seeds the demo accounts in development and test unless SEED_DEMO_ACCOUNTS says otherwise', () => {
    expect(loadConfig('seed', dev).seedDemoAccounts).toBe(true);
    expect(loadConfig('seed', { NODE_ENV: 'test' }).seedDemoAccounts).toBe(true);
    expect(loadConfig('seed', { NODE_ENV: 'production' }).seedDemoAccounts).toBe(false);
    expect(loadConfig('seed', {}).seedDemoAccounts).toBe(false);
    expect(loadConfig('seed', { ...dev, SEED_DEMO_ACCOUNTS: 'false' }).seedDemoAccounts).toBe(false);
    expect(problemsOf(() => loadConfig('seed', { ...dev, SEED_DEMO_ACCOUNTS: 'yes' }))).toEqual([
      'SEED_DEMO_ACCOUNTS must be true or false, got "yes"',
    ]);
  });
});

describe('loadConfig security settings', () => {
  const production = { NODE_ENV: 'production', INTERNAL_API_SECRET: 'a-real-internal-secret' };

  it('uses a development internal secret and no signing key in development', () => {
    const config = loadConfig('auth-api', dev);
    expect(config.security.internalApiSecret.length).toBeGreaterThanOrEqual(16);
    expect(config.auth.signingKeyPem).toBeUndefined();
    expect(config.urls.authWeb).toBe('http://localhost:4001');
  });

  it('refuses to start any service in production without INTERNAL_API_SECRET', () => {
    for (const service of ['auth-api', 'customer-api', 'admin-api', 'core-api', 'job-scheduler'] as const) {
      expect(() => loadConfig(service, { NODE_ENV: 'production' })).toThrow(/INTERNAL_API_SECRET/);
    }
  });

  it('refuses to start Core API, which signs payment webhooks, in production without PAYMENT_WEBHOOK_SECRET', () => {
    expect(problemsOf(() => loadConfig('core-api', production))).toEqual([
      'PAYMENT_WEBHOOK_SECRET must be set to at least 16 characters in production (an unset NODE_ENV means production)',
    ]);
    expect(loadConfig('customer-api', production).security.internalApiSecret).toBe('a-real-internal-secret');
  });

  it('reads a PEM signing key written on one line with \\n escapes', () => {
    const config = loadConfig('auth-api', {
      ...dev,
      AUTH_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----',
    });
    expect(config.auth.signingKeyPem).toBe('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----');
  });

  it('rejects a signing key that is not a PKCS8 PEM', () => {
    expect(() => loadConfig('auth-api', { ...dev, AUTH_SIGNING_KEY: 'secret' })).toThrow(/AUTH_SIGNING_KEY/);
  });
});

describe('loadConfig in production', () => {
  const secrets = {
    INTERNAL_API_SECRET: 'a-real-internal-secret',
    PAYMENT_WEBHOOK_SECRET: 'a-real-webhook-secret',
    AUTH_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----',
  };

  it('counts an unset NODE_ENV as production, refusing to start on the development secrets', () => {
    const problems = problemsOf(() => loadConfig('core-api', {}));
    expect(problems).toEqual([
      'INTERNAL_API_SECRET must be set to at least 16 characters in production (an unset NODE_ENV means production)',
      'PAYMENT_WEBHOOK_SECRET must be set to at least 16 characters in production (an unset NODE_ENV means production)',
    ]);
    expect(loadConfig('core-api', secrets).nodeEnv).toBe('production');
  });

  it('refuses a misspelt NODE_ENV by name, and meanwhile asks for the production secrets too', () => {
    for (const value of ['prod', 'Production', 'staging']) {
      const problems = problemsOf(() => loadConfig('customer-api', { NODE_ENV: value }));
      expect(problems).toEqual([
        `NODE_ENV must be one of development, test, production, got "${value}"`,
        'INTERNAL_API_SECRET must be set to at least 16 characters in production (an unset NODE_ENV means production)',
      ]);
    }
  });

  it('uses the development secrets only when NODE_ENV is development or test', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const config = loadConfig('core-api', { NODE_ENV });
      expect(config.nodeEnv).toBe(NODE_ENV);
      expect(config.security.internalApiSecret).toBe('astrobookings-dev-internal-secret');
      expect(config.payments.webhookSecret).toBe('astrobookings-dev-payment-webhook-secret');
    }
  });

  it('refuses to start the Auth API without AUTH_SIGNING_KEY instead of signing with an ephemeral key', () => {
    const { AUTH_SIGNING_KEY: _key, ...withoutKey } = secrets;
    expect(problemsOf(() => loadConfig('auth-api', { NODE_ENV: 'production', ...withoutKey }))).toEqual([
      'AUTH_SIGNING_KEY must be set to an Ed25519 PKCS8 PEM key in production (an unset NODE_ENV means production)',
    ]);
    expect(loadConfig('auth-api', { NODE_ENV: 'test' }).auth.signingKeyPem).toBeUndefined();
  });

  it('refuses to seed the demo accounts, whose password is published, even when SEED_DEMO_ACCOUNTS asks', () => {
    for (const env of [{ NODE_ENV: 'production' }, {}]) {
      expect(problemsOf(() => loadConfig('seed', { ...env, SEED_DEMO_ACCOUNTS: 'true' }))).toEqual([
        'SEED_DEMO_ACCOUNTS=true is refused in production: demo accounts share a published password',
      ]);
    }
  });

  it('serves the API docs in development and test only, unless API_DOCS says otherwise', () => {
    expect(loadConfig('customer-api', secrets).apiDocs).toBe(false);
    expect(loadConfig('customer-api', { ...secrets, API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig('customer-api', dev).apiDocs).toBe(true);
    expect(loadConfig('customer-api', { ...dev, API_DOCS: 'false' }).apiDocs).toBe(false);
  });

  it('gives every call to another service a deadline, 10 s unless SERVICE_CALL_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig('admin-api', dev).serviceCallTimeoutMs).toBe(10_000);
    expect(loadConfig('admin-api', { ...dev, SERVICE_CALL_TIMEOUT_MS: '2500' }).serviceCallTimeoutMs).toBe(
      2500,
    );
    expect(problemsOf(() => loadConfig('admin-api', { ...dev, SERVICE_CALL_TIMEOUT_MS: '0' }))).toEqual([
      'SERVICE_CALL_TIMEOUT_MS must be a positive integer, got "0"',
    ]);
  });
});
