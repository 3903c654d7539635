import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('uses the documented defaults when the environment is empty', () => {
    const config = loadConfig({});
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
    expect(config.syncCron).toBe('*/5 * * * *');
    expect(config.housekeepingCron).toBe('30 3 * * *');
    expect(config.bookings.announcementRepairCron).toBe('*/10 * * * *');
    expect(config.logLevel).toBe('info');
  });

  it('derives both Mongo databases from MONGO_URL, keeping its query string', () => {
    const config = loadConfig({ MONGO_URL: 'mongodb://db.example:27017/?replicaSet=rs0' });
    expect(config.customerDbUrl).toBe('mongodb://db.example:27017/customer?replicaSet=rs0');
    expect(config.coreDbUrl).toBe('mongodb://db.example:27017/core?replicaSet=rs0');
  });

  it('lets a per-database URL override the one derived from MONGO_URL', () => {
    const config = loadConfig({ CORE_DB_URL: 'mongodb://other:1/core_x' });
    expect(config.coreDbUrl).toBe('mongodb://other:1/core_x');
    expect(config.customerDbUrl).toBe('mongodb://127.0.0.1:27018/customer');
  });

  it('reports every invalid value at once with the variable name', () => {
    const attempt = () =>
      loadConfig({
        CORE_API_PORT: 'abc',
        ADMIN_API_PORT: '70000',
        DATABASE_URL: 'mysql://x/y',
        CORE_API_URL: 'not a url',
        SYNC_CRON: 'every minute',
        LOG_LEVEL: 'loud',
        OPS_ALERT_EMAIL: 'ops',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of [
        'CORE_API_PORT',
        'ADMIN_API_PORT',
        'DATABASE_URL',
        'CORE_API_URL',
        'SYNC_CRON',
        'LOG_LEVEL',
        'OPS_ALERT_EMAIL',
      ]) {
        expect(problems).toContain(name);
      }
      expect((error as ConfigError).problems).toHaveLength(7);
    }
  });

  it('accepts port 0 so tests can ask the system for a free port', () => {
    expect(loadConfig({ CORE_API_PORT: '0' }).ports.coreApi).toBe(0);
  });
});

describe('loadConfig security settings', () => {
  it('uses a development internal secret and no signing key outside production', () => {
    const config = loadConfig({});
    expect(config.security.internalApiSecret.length).toBeGreaterThanOrEqual(16);
    expect(config.security.signingKeyPem).toBeUndefined();
    expect(config.urls.authWeb).toBe('http://localhost:4001');
  });

  it('refuses to start in production without INTERNAL_API_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/INTERNAL_API_SECRET/);
  });

  it('reads a PEM signing key written on one line with \\n escapes', () => {
    const config = loadConfig({
      AUTH_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----',
    });
    expect(config.security.signingKeyPem).toBe('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----');
  });

  it('rejects a signing key that is not a PKCS8 PEM', () => {
    expect(() => loadConfig({ AUTH_SIGNING_KEY: 'secret' })).toThrow(/AUTH_SIGNING_KEY/);
  });
});
