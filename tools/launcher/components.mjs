// What the system is made of: every service and SSR app, its port variable and health URL.
// Names double as log file names and as labels in the launcher's output.
import { join } from 'node:path';
import { REPO_ROOT } from '../db/index.mjs';

export const SERVICES = [
  {
    name: 'auth-api',
    portKey: 'authApi',
    portEnv: 'AUTH_API_PORT',
    urlEnv: 'AUTH_API_URL',
    defaultPort: 3001,
  },
  {
    name: 'customer-api',
    portKey: 'customerApi',
    portEnv: 'CUSTOMER_API_PORT',
    urlEnv: 'CUSTOMER_API_URL',
    defaultPort: 3002,
  },
  {
    name: 'admin-api',
    portKey: 'adminApi',
    portEnv: 'ADMIN_API_PORT',
    urlEnv: 'ADMIN_API_URL',
    defaultPort: 3003,
  },
  {
    name: 'core-api',
    portKey: 'coreApi',
    portEnv: 'CORE_API_PORT',
    urlEnv: 'CORE_API_URL',
    defaultPort: 3004,
  },
  {
    name: 'job-scheduler',
    portKey: 'jobScheduler',
    portEnv: 'JOB_SCHEDULER_PORT',
    urlEnv: 'JOB_SCHEDULER_URL',
    defaultPort: 3005,
  },
].map((service) => ({
  ...service,
  kind: 'service',
  entry: join(REPO_ROOT, 'core', 'dist', 'apps', service.name, 'main.js'),
  healthPath: '/health/ready',
}));

export const WEB_APPS = [
  {
    name: 'customer-web',
    app: 'customer',
    portKey: 'customerWeb',
    urlEnv: 'CUSTOMER_WEB_URL',
    defaultPort: 4000,
  },
  { name: 'auth-web', app: 'auth', portKey: 'authWeb', urlEnv: 'AUTH_WEB_URL', defaultPort: 4001 },
  {
    name: 'supplier-web',
    app: 'supplier',
    portKey: 'supplierWeb',
    urlEnv: 'SUPPLIER_WEB_URL',
    defaultPort: 4002,
  },
  {
    name: 'financial-web',
    app: 'financial',
    portKey: 'financialWeb',
    urlEnv: 'FINANCIAL_WEB_URL',
    defaultPort: 4003,
  },
  {
    name: 'operations-web',
    app: 'operations',
    portKey: 'operationsWeb',
    urlEnv: 'OPERATIONS_WEB_URL',
    defaultPort: 4004,
  },
].map((app) => ({
  ...app,
  kind: 'web',
  portEnv: `${app.app.toUpperCase()}_WEB_PORT`,
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
