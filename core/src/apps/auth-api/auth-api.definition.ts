import type { ServiceDefinition } from '../../platform/http/service-definition.js';
import { AuthApiModule } from './auth-api.module.js';

export const authApi: ServiceDefinition<'auth-api'> = {
  name: 'auth-api',
  module: (config) => AuthApiModule.forRoot(config),
  port: (config) => config.ports.authApi,
  api: {
    name: 'auth-api',
    title: 'AstroBookings Auth API',
    description: 'Accounts, credentials and their rules.',
  },
};
