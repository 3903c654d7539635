import { createCoreApiClient } from '@astrobookings/openapi';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { currentRequestId } from '../logging/request-context.js';
import { ServiceTokens } from '../security/service-tokens.js';

export const CORE_API_CLIENT = Symbol('CORE_API_CLIENT');

/**
 * The generated Core API client; it forwards the id of the request being handled and calls as this service
 * (a cached service token with the `system` role).
 */
export const coreApiClientProvider: Provider = {
  provide: CORE_API_CLIENT,
  inject: [APP_CONFIG, ServiceTokens],
  useFactory: (config: AppConfig, serviceTokens: ServiceTokens) =>
    createCoreApiClient({
      baseUrl: config.urls.coreApi,
      requestId: currentRequestId,
      accessToken: () => serviceTokens.tokenIfAvailable(),
      timeoutMs: config.serviceCallTimeoutMs,
    }),
};
