import type { AdminApiClient, AuthApiClient, CoreApiClient } from '@astrobookings/openapi';

/** What a job's call is given: the generated API clients, calling as the Job Scheduler (role `system`). */
export interface JobContext {
  readonly coreApi: CoreApiClient;
  readonly authApi: AuthApiClient;
  readonly adminApi: AdminApiClient;
  /** The Job Scheduler's own service token; rejects while the Auth API cannot hand it out. */
  readonly serviceToken: () => Promise<string>;
}
