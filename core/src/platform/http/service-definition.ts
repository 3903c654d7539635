import type { ServiceName } from '@astrobookings/system';
import type { DynamicModule } from '@nestjs/common';
import type { ScopedConfig } from '../config/config-scopes.js';
import type { ApiDescription } from '../api-docs/api-document.js';

/** Everything needed to start one service: its module, its port and, for APIs, its OpenAPI description. */
export interface ServiceDefinition<S extends ServiceName = ServiceName> {
  /** Also the scope of configuration it reads (CONFIG_SCOPES). */
  name: S;
  module: (config: ScopedConfig<S>) => DynamicModule;
  port: (config: ScopedConfig<S>) => number;
  api?: ApiDescription;
}
