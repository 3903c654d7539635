import type { JobContext } from './job-context.js';

/**
 * Has Core API announce recent launches that were never announced: the repair for a new launch whose
 * best-effort announcement from Admin API never reached Core API.
 */
export async function announceMissedLaunches({ coreApi }: JobContext): Promise<string> {
  const { data, response } = await coreApi.POST('/notifications/launches/announcements/missed');
  if (!data) throw new Error(`Core API answered ${response.status}`);
  return `${data.launches} launch(es) announced: ${data.vip} VIP and ${data.others} other email(s) queued`;
}
