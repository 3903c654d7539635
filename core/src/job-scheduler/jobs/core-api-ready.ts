import type { JobContext } from './job-context.js';

/** True once Core API answers and the Auth API hands out the Job Scheduler's token (rejects until then). */
export async function coreApiReady({ coreApi, serviceToken }: JobContext): Promise<boolean> {
  await serviceToken();
  const { response } = await coreApi.GET('/health/live');
  return response.ok;
}
