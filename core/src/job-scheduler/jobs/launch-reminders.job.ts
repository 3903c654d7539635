import type { JobContext } from './job-context.js';

/** Has Core API queue the reminders of launches lifting off within REMINDER_LEAD_HOURS. */
export async function queueLaunchReminders({ coreApi }: JobContext): Promise<string> {
  const { data, response } = await coreApi.POST('/bookings/reminders');
  if (!data) throw new Error(`Core API answered ${response.status}`);
  return `${data.queued} reminder(s) queued`;
}
