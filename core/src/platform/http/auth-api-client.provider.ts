import { createAuthApiClient } from '@astrobookings/openapi';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { currentRequestId } from '../logging/request-context.js';
import { ServiceTokens } from '../security/service-tokens.js';

export const AUTH_API_CLIENT = Symbol('AUTH_API_CLIENT');

/**
 * The generated Auth API client; like the Core API one, it forwards the id of the request being handled and
 * calls as this service (a cached service token with the `system` role).
 */
export const authApiClientProvider: Provider = {
  provide: AUTH_API_CLIENT,
  inject: [APP_CONFIG, ServiceTokens],
  useFactory: (config: AppConfig, serviceTokens: ServiceTokens) =>
    createAuthApiClient({
      baseUrl: config.urls.authApi,
      requestId: currentRequestId,
      accessToken: () => serviceTokens.tokenIfAvailable(),
      timeoutMs: config.serviceCallTimeoutMs,
    }),
};
