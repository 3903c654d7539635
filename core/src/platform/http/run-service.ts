import { ConfigError } from '@astrobookings/system';
import { loadConfig } from '../config/load-config.js';
import { createApp } from './create-app.js';
import type { ServiceDefinition } from './service-definition.js';

/** The body of every `main.ts`: validate the service's configuration, start the app, listen on its port. */
export async function runService(service: ServiceDefinition): Promise<void> {
  let config;
  try {
    config = loadConfig(service.name);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${service.name}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { app, logger } = await createApp(service, config);
  const port = service.port(config);
  await app.listen(port, config.host);
  logger.info({ host: config.host, port }, `${service.name} listening`);
}
