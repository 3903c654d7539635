import { createAdminApiClient, createAuthApiClient, createCustomerApiClient } from '@astrobookings/openapi';
import type { AppConfig } from '../../platform/config/app-config.js';
import type { HealthIndicator } from '../../platform/health/health-indicator.js';
import { expectReady } from '../../platform/health/remote-ready.js';
import { currentRequestId } from '../../platform/logging/request-context.js';

/** Readiness of every other service, asked through the generated clients (the scheduler has no API spec). */
export function serviceIndicators(config: AppConfig): HealthIndicator[] {
  const common = { requestId: currentRequestId, timeoutMs: config.serviceCallTimeoutMs };
  const auth = createAuthApiClient({ baseUrl: config.urls.authApi, ...common });
  const customer = createCustomerApiClient({ baseUrl: config.urls.customerApi, ...common });
  const admin = createAdminApiClient({ baseUrl: config.urls.adminApi, ...common });
  return [
    { name: 'auth-api', check: () => expectReady(auth.GET('/health/ready')) },
    { name: 'customer-api', check: () => expectReady(customer.GET('/health/ready')) },
    { name: 'admin-api', check: () => expectReady(admin.GET('/health/ready')) },
    {
      name: 'job-scheduler',
      check: () =>
        expectReady(
          fetch(new URL('/health/ready', config.urls.jobScheduler), {
            headers: { 'x-request-id': currentRequestId() ?? '' },
            signal: AbortSignal.timeout(config.serviceCallTimeoutMs),
          }).then((response) => ({ response })),
        ),
    },
  ];
}
