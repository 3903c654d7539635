import type { ServiceDefinition } from '../../platform/http/service-definition.js';
import { AdminApiModule } from './admin-api.module.js';

export const adminApi: ServiceDefinition<'admin-api'> = {
  name: 'admin-api',
  module: (config) => AdminApiModule.forRoot(config),
  port: (config) => config.ports.adminApi,
  api: {
    name: 'admin-api',
    title: 'AstroBookings Admin API',
    description: 'Suppliers, rockets and launches for suppliers, finance and operations staff.',
  },
};
