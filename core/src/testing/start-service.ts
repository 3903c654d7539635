import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '../platform/config/load-config.js';
import { createApp } from '../platform/http/create-app.js';
import type { ServiceDefinition } from '../platform/http/service-definition.js';
import { LogCapture } from './log-capture.js';
import { testEnv } from './test-env.js';

export interface RunningService {
  url: string;
  app: INestApplication;
  logs: LogCapture;
  stop(): Promise<void>;
}

/** Starts a real service over HTTP on a free port, configured like production but from `env` overrides. */
export async function startService(
  definition: ServiceDefinition,
  env: Record<string, string>,
  port = 0,
): Promise<RunningService> {
  const config = loadConfig(definition.name, {
    SMTP_URL: testEnv('SMTP_URL'),
    MONGO_URL: testEnv('MONGO_URL'),
    DATABASE_URL: testEnv('DATABASE_URL'),
    SYNC_CRON: '0 0 1 1 *',
    HOLD_EXPIRY_CRON: '0 0 1 1 *',
    ABORTED_LAUNCH_REFUND_CRON: '0 0 1 1 *',
    REMINDER_CRON: '0 0 1 1 *',
    HOUSEKEEPING_CRON: '0 0 1 1 *',
    ANNOUNCEMENT_REPAIR_CRON: '0 0 1 1 *',
    ...env,
  });
  const logs = new LogCapture();
  const { app } = await createApp(definition, config, { logStream: logs });
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, app, logs, stop: () => app.close() };
}
