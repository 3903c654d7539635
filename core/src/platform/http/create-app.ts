import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ServiceName } from '@astrobookings/system';
import type { DestinationStream, Logger } from 'pino';
import { createLogger } from '../logging/logger.js';
import { NestPinoLogger } from '../logging/nest-logger.js';
import { requestIdMiddleware } from '../logging/request-id.middleware.js';
import { buildApiDocument, serveApiDocument } from '../api-docs/api-document.js';
import { ProblemFilter } from '../problem/problem.filter.js';
import { createValidationPipe } from '../validation/validation.pipe.js';
import { securityHeaders } from './security-headers.js';
import type { ScopedConfig } from '../config/config-scopes.js';
import type { ServiceDefinition } from './service-definition.js';

export interface CreateAppOptions {
  /** Where JSON log lines go; stdout when omitted (tests pass a stream to read them). */
  logStream?: DestinationStream;
}

export interface CreatedApp {
  app: NestExpressApplication;
  logger: Logger;
}

/**
 * Creates a service's Nest app with the shared HTTP behaviour: security headers, request ids, JSON logs,
 * problems, validation, and the API docs where configuration turns them on (API_DOCS).
 */
export async function createApp(
  service: ServiceDefinition,
  config: ScopedConfig<ServiceName>,
  options: CreateAppOptions = {},
): Promise<CreatedApp> {
  const logger = createLogger(service.name, config.logLevel, options.logStream);
  const app = await NestFactory.create<NestExpressApplication>(service.module(config), {
    logger: new NestPinoLogger(logger),
    bufferLogs: false,
  });
  app.use(...securityHeaders());
  app.use(requestIdMiddleware(logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (service.api && config.apiDocs) serveApiDocument(app, buildApiDocument(app, service.api));
  return { app, logger };
}
