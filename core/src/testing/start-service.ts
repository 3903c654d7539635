import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '../platform/config/load-config.js';
import { createApp } from '../platform/http/create-app.js';
import type { ServiceDefinition } from '../platform/http/service-definition.js';
import { LogCapture } from './log-capture.js';
import { testEnv } from './test-env.js';

export interface InProcessService {
  // Typed with its HTTP server (Nest defaults it to `any`), so `request(app.getHttpServer())` type-checks.
  app: INestApplication<Server>;
  logs: LogCapture;
  stop(): Promise<void>;
}

export interface RunningService extends InProcessService {
  url: string;
}

/**
 * Creates a real service, configured like production but from `env` overrides, without opening a port:
 * a test that needs no other service to call it reaches it with `request(service.app.getHttpServer())`.
 */
export async function createService(
  definition: ServiceDefinition,
  env: Record<string, string>,
): Promise<InProcessService> {
  const config = loadConfig(definition.name, {
    NODE_ENV: 'test',
    SMTP_URL: testEnv('SMTP_URL'),
    MONGO_URL: testEnv('MONGO_URL'),
    DATABASE_URL: testEnv('DATABASE_URL'),
    SYNC_CRON: '0 0 1 1 *',
    HOLD_EXPIRY_CRON: '0 0 1 1 *',
    ABORTED_LAUNCH_REFUND_CRON: '0 0 1 1 *',
    REMINDER_CRON: '0 0 1 1 *',
    HOUSEKEEPING_CRON: '0 0 1 1 *',
    INVOICE_ISSUING_CRON: '0 0 1 1 *',
    INVOICE_OVERDUE_CRON: '0 0 1 1 *',
    ANNOUNCEMENT_REPAIR_CRON: '0 0 1 1 *',
    ...env,
  });
  const logs = new LogCapture();
  const { app } = await createApp(definition, config, { logStream: logs });
  await app.init();
  return { app, logs, stop: () => app.close() };
}

/** Starts a real service over HTTP on a free port, for tests in which other services call it. */
export async function startService(
  definition: ServiceDefinition,
  env: Record<string, string>,
  port = 0,
): Promise<RunningService> {
  const service = await createService(definition, env);
  await service.app.listen(port, '127.0.0.1');
  const address = service.app.getHttpServer().address() as { port: number };
  return { ...service, url: `http://127.0.0.1:${address.port}` };
}
