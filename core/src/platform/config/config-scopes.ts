import type { ServiceName } from '@astrobookings/system';
import type { AppConfig } from './app-config.js';

/**
 * Read by every service: how it logs, where it listens, where the others are and how long to wait for them,
 * how it proves it is one of them, and whether it serves its API docs.
 */
const EVERY_SERVICE = [
  'nodeEnv',
  'logLevel',
  'host',
  'ports',
  'urls',
  'trustProxy',
  'security',
  'apiDocs',
  'serviceCallTimeoutMs',
] as const;

/**
 * The settings each process reads, and so validates at start-up: the Customer API never looks at a scheduler
 * cron, so a bad one cannot stop it. A provider reads only settings of the process it runs in.
 */
export const CONFIG_SCOPES = {
  'auth-api': [...EVERY_SERVICE, 'databaseUrl', 'customerDbUrl', 'coreDbUrl', 'auth'],
  'customer-api': [...EVERY_SERVICE, 'databaseUrl', 'customerDbUrl', 'requestLimits'],
  'admin-api': [...EVERY_SERVICE, 'databaseUrl', 'coreDbUrl', 'requestLimits'],
  'core-api': [
    ...EVERY_SERVICE,
    'databaseUrl',
    'customerDbUrl',
    'coreDbUrl',
    'smtpUrl',
    'mailFrom',
    'opsAlertEmail',
    'notificationDispatchIntervalMs',
    'payments',
    'holds',
    'announcements',
  ],
  'job-scheduler': [...EVERY_SERVICE, 'coreDbUrl', 'scheduler'],
  migrate: ['databaseUrl'],
  seed: ['nodeEnv', 'databaseUrl', 'customerDbUrl', 'coreDbUrl', 'seedDemoAccounts'],
} as const satisfies Record<ServiceName | 'migrate' | 'seed', readonly (keyof AppConfig)[]>;

export type ConfigScope = keyof typeof CONFIG_SCOPES;

/** What `loadConfig(scope)` returns. */
export type ScopedConfig<S extends ConfigScope> = Pick<AppConfig, (typeof CONFIG_SCOPES)[S][number]>;
