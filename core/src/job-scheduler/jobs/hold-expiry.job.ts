import type { JobContext } from './job-context.js';

/** Has Core API expire unpaid holds past their time; any answer but 200 is a failed run. */
export async function expireHolds({ coreApi }: JobContext): Promise<void> {
  const { data, response } = await coreApi.POST('/bookings/holds/expire');
  if (!data) throw new Error(`Core API answered ${response.status}`);
}
