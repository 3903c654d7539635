import type { JobContext } from './job-context.js';

/** Has Admin API mark invoices past due as overdue and queue this week's reminders that are not sent yet. */
export async function remindOverdueInvoices({ adminApi }: JobContext): Promise<string> {
  const { data, response } = await adminApi.POST('/invoices/overdue-runs');
  if (!data) throw new Error(`Admin API answered ${response.status}`);
  return `${data.overdue} invoice(s) became overdue, ${data.reminders} reminder(s) queued`;
}
