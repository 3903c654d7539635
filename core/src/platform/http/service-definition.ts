import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import type { ApiDescription } from '../api-docs/api-document.js';

/** Everything needed to start one service: its module, its port and, for APIs, its OpenAPI description. */
export interface ServiceDefinition {
  name: string;
  module: (config: AppConfig) => DynamicModule;
  port: (config: AppConfig) => number;
  api?: ApiDescription;
}
