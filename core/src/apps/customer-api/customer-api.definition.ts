import type { ServiceDefinition } from '../../platform/http/service-definition.js';
import { CustomerApiModule } from './customer-api.module.js';

export const customerApi: ServiceDefinition<'customer-api'> = {
  name: 'customer-api',
  module: (config) => CustomerApiModule.forRoot(config),
  port: (config) => config.ports.customerApi,
  api: {
    name: 'customer-api',
    title: 'AstroBookings Customer API',
    description: 'What travellers see and do: the launch catalog and their bookings.',
  },
};
