import { ConfigError } from '@astrobookings/system';
import { loadBffConfig } from './config.js';

/** The development session secret applies only when NODE_ENV says so. */
const dev = { NODE_ENV: 'development' };

describe('loadBffConfig', () => {
  it('uses the documented default port and API URLs when the environment is empty', () => {
    const config = loadBffConfig('supplier', dev);

    expect(config.port).toBe(4002);
    expect(config.apiUrls.admin).toBe('http://127.0.0.1:3003');
    expect(config.apis).toEqual(['admin']);
  });

  it('takes PORT and API URLs from the environment, dropping trailing slashes', () => {
    const config = loadBffConfig('customer', {
      ...dev,
      PORT: '25001',
      CUSTOMER_API_URL: 'http://api.test:9000/',
    });

    expect(config.port).toBe(25001);
    expect(config.apiUrls.customer).toBe('http://api.test:9000');
  });

  it('rejects bad values with one message naming every offending variable', () => {
    expect(() =>
      loadBffConfig('auth', { PORT: 'eighty', AUTH_API_URL: 'ftp://x', NODE_ENV: 'staging' }),
    ).toThrow(
      /PORT must be an integer[\s\S]*NODE_ENV must be one of[\s\S]*AUTH_API_URL must be an http\(s\) URL/,
    );
  });

  it('throws the ConfigError the services throw, one problem per variable', () => {
    let thrown: unknown;
    try {
      loadBffConfig('operations', { ...dev, PORT: '70000', SESSION_RECHECK_SECONDS: 'often' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).problems).toEqual([
      'PORT must be an integer between 0 and 65535, got "70000"',
      'SESSION_RECHECK_SECONDS must be a whole number of seconds, got "often"',
    ]);
    expect((thrown as ConfigError).message).toMatch(/^Invalid configuration for the operations web server:/);
  });

  it('treats a blank value as unset and accepts port 0, as the services do', () => {
    const config = loadBffConfig('financial', { ...dev, PORT: ' ', ADMIN_API_URL: '  ' });

    expect(config.port).toBe(4003);
    expect(config.apiUrls.admin).toBe('http://127.0.0.1:3003');
    expect(loadBffConfig('financial', { ...dev, PORT: '0' }).port).toBe(0);
  });
});

describe('loadBffConfig session secret', () => {
  it('refuses to start in production without BFF_SESSION_SECRET', () => {
    expect(() => loadBffConfig('customer', { NODE_ENV: 'production' })).toThrow(
      /BFF_SESSION_SECRET must be set[^\n]*required in production/,
    );
  });

  it('counts an unset or blank NODE_ENV as production, so it refuses to start on the development secret', () => {
    for (const NODE_ENV of [undefined, ' ']) {
      expect(() => loadBffConfig('customer', { NODE_ENV })).toThrow(
        /BFF_SESSION_SECRET must be set[^\n]*required in production; an unset NODE_ENV means production/,
      );
    }
    const secret = 'a-real-session-secret-of-32-characters!';
    expect(loadBffConfig('customer', { BFF_SESSION_SECRET: secret }).nodeEnv).toBe('production');
  });

  it('refuses a misspelt NODE_ENV by name, and meanwhile asks for the production secret too', () => {
    let thrown: unknown;
    try {
      loadBffConfig('auth', { NODE_ENV: 'prod' });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as ConfigError).problems).toEqual([
      'NODE_ENV must be one of development, test, production, got "prod"',
      'BFF_SESSION_SECRET must be set to at least 32 characters (required in production; an unset NODE_ENV means production)',
    ]);
  });

  it('uses a development secret in development and test only, and reads the re-check interval', () => {
    const config = loadBffConfig('customer', { ...dev, SESSION_RECHECK_SECONDS: '5' });
    expect(loadBffConfig('customer', { NODE_ENV: 'test' }).sessionSecret).toBe(config.sessionSecret);

    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.sessionRecheckSeconds).toBe(5);
    expect(config.webUrls.auth).toBe('http://localhost:4001');
  });
});

describe('loadBffConfig trust proxy', () => {
  it('believes X-Forwarded-For from a loopback proxy only, unless TRUST_PROXY names the proxies in front', () => {
    expect(loadBffConfig('auth', dev).trustProxy).toBe('loopback');
    expect(loadBffConfig('auth', { ...dev, TRUST_PROXY: '10.0.0.5' }).trustProxy).toBe('10.0.0.5');
  });
});

describe('loadBffConfig customer settings', () => {
  it('defaults the catalog cache to 5 s fresh and 30 s stale, and reads both windows from the environment', () => {
    expect(loadBffConfig('customer', dev).catalogCache).toEqual({ freshMs: 5000, staleMs: 30_000 });
    expect(
      loadBffConfig('customer', { ...dev, CATALOG_CACHE_TTL_MS: '2000', CATALOG_CACHE_STALE_MS: '0' })
        .catalogCache,
    ).toEqual({ freshMs: 2000, staleMs: 0 });
  });

  it('refuses a cache window that is not a whole number of milliseconds', () => {
    expect(() => loadBffConfig('customer', { CATALOG_CACHE_TTL_MS: '5s' })).toThrow(/CATALOG_CACHE_TTL_MS/);
  });

  it('ends the "Pay" form on Core API unless PAYMENT_CHECKOUT_URL names the checkout pages', () => {
    expect(
      loadBffConfig('customer', { ...dev, CORE_API_URL: 'http://core.test:3004/' }).paymentCheckoutUrl,
    ).toBe('http://core.test:3004');
    expect(
      loadBffConfig('customer', { ...dev, PAYMENT_CHECKOUT_URL: 'https://pay.test' }).paymentCheckoutUrl,
    ).toBe('https://pay.test');
    expect(() => loadBffConfig('customer', { PAYMENT_CHECKOUT_URL: 'pay.test' })).toThrow(
      /PAYMENT_CHECKOUT_URL/,
    );
  });

  it('reads them only for the customer app, so they cannot stop another app', () => {
    const config = loadBffConfig('supplier', {
      ...dev,
      CATALOG_CACHE_TTL_MS: '5s',
      PAYMENT_CHECKOUT_URL: 'pay.test',
    });

    expect(config.port).toBe(4002);
    expect(config).not.toHaveProperty('catalogCache');
    expect(config).not.toHaveProperty('paymentCheckoutUrl');
  });
});
