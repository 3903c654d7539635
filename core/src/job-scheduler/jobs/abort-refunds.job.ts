import type { JobContext } from './job-context.js';

/**
 * Has Core API cancel and refund bookings still active on aborted launches: the repair for an abort whose own
 * cancel-all call never reached Core API.
 */
export async function refundAbortedLaunches({ coreApi }: JobContext): Promise<string> {
  const { data, response } = await coreApi.POST('/bookings/aborted-launches/cancel-all');
  if (!data) throw new Error(`Core API answered ${response.status}`);
  return `${data.cancelled} booking(s) cancelled on ${data.launches} aborted launch(es)`;
}
