// What the launcher runs: every service and SSR app of @astrobookings/system with its entry point and health
// URL, plus the backing servers' ports. Names double as log file names and as labels in the launcher's output.
import { SERVICES as SYSTEM_SERVICES, WEB_APPS as SYSTEM_WEB_APPS } from '@astrobookings/system';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/index.mjs';

export const SERVICES = SYSTEM_SERVICES.map((service) => ({
  ...service,
  portKey: service.key,
  kind: 'service',
  entry: join(REPO_ROOT, 'core', 'dist', 'apps', service.name, 'main.js'),
  healthPath: '/health/ready',
}));

export const WEB_APPS = SYSTEM_WEB_APPS.map((app) => ({
  ...app,
  portKey: app.key,
  kind: 'web',
  entry: join(REPO_ROOT, 'web', 'dist', app.app, 'server', 'server.mjs'),
  healthPath: '/bff/health',
}));

export const INFRASTRUCTURE_PORTS = [
  { portKey: 'postgres', portEnv: 'POSTGRES_PORT', defaultPort: 5433 },
  { portKey: 'ferretdb', portEnv: 'FERRETDB_PORT', defaultPort: 27018 },
  { portKey: 'smtp', portEnv: 'SMTP_PORT', defaultPort: 1025 },
  { portKey: 'mailWeb', portEnv: 'MAIL_WEB_PORT', defaultPort: 1080 },
];

export const ALL_PORTS = [...SERVICES, ...WEB_APPS, ...INFRASTRUCTURE_PORTS];

// Core API and Auth API are called by the others (and by the Job Scheduler at start-up), so
// they come up first; everything else starts together once they are ready.
export const FIRST_WAVE = new Set(['core-api', 'auth-api']);
