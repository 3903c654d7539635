import { createAdminApiClient } from '@astrobookings/openapi';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { currentRequestId } from '../logging/request-context.js';
import { ServiceTokens } from '../security/service-tokens.js';

export const ADMIN_API_CLIENT = Symbol('ADMIN_API_CLIENT');

/**
 * The generated Admin API client; like the Core API one, it forwards the id of the request being handled and
 * calls as this service (a cached service token with the `system` role).
 */
export const adminApiClientProvider: Provider = {
  provide: ADMIN_API_CLIENT,
  inject: [APP_CONFIG, ServiceTokens],
  useFactory: (config: AppConfig, serviceTokens: ServiceTokens) =>
    createAdminApiClient({
      baseUrl: config.urls.adminApi,
      requestId: currentRequestId,
      accessToken: () => serviceTokens.tokenIfAvailable(),
      timeoutMs: config.serviceCallTimeoutMs,
    }),
};
