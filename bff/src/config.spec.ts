import { loadBffConfig } from './config.js';

describe('loadBffConfig', () => {
  it('uses the documented default port and API URLs when the environment is empty', () => {
    const config = loadBffConfig('supplier', {});

    expect(config.port).toBe(4002);
    expect(config.apiUrls.admin).toBe('http://127.0.0.1:3003');
    expect(config.apis).toEqual(['admin']);
  });

  it('takes PORT and API URLs from the environment, dropping trailing slashes', () => {
    const config = loadBffConfig('customer', { PORT: '25001', CUSTOMER_API_URL: 'http://api.test:9000/' });

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
});

describe('loadBffConfig session secret', () => {
  it('refuses to start in production without BFF_SESSION_SECRET', () => {
    expect(() => loadBffConfig('customer', { NODE_ENV: 'production' })).toThrow(
      /BFF_SESSION_SECRET must be set[^\n]*required in production/,
    );
  });

  it('uses a development secret outside production and reads the re-check interval', () => {
    const config = loadBffConfig('customer', { SESSION_RECHECK_SECONDS: '5' });

    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.sessionRecheckSeconds).toBe(5);
    expect(config.webUrls.auth).toBe('http://localhost:4001');
  });
});
