import type { ServiceDefinition } from '../../platform/http/service-definition.js';
import { CoreApiModule } from './core-api.module.js';

export const coreApi: ServiceDefinition<'core-api'> = {
  name: 'core-api',
  module: (config) => CoreApiModule.forRoot(config),
  port: (config) => config.ports.coreApi,
  api: {
    name: 'core-api',
    title: 'AstroBookings Core API',
    description: 'Bookings and payments, data synchronisation, notifications, system logs and system status.',
  },
};
