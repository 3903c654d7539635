import { refundAbortedLaunches } from './abort-refunds.job.js';
import { syncCatalog } from './catalog-sync.job.js';
import { coreApiReady } from './core-api-ready.js';
import { deleteExpiredCredentials } from './credential-housekeeping.job.js';
import { expireHolds } from './hold-expiry.job.js';
import { issueMissingInvoices } from './invoice-issuing.job.js';
import { remindOverdueInvoices } from './invoice-overdue.job.js';
import type { Job } from './job.js';
import { announceMissedLaunches } from './launch-announcements.job.js';
import { queueLaunchReminders } from './launch-reminders.job.js';

/** Every job the Job Scheduler runs: a job is declared here and nowhere else. */
export const JOBS: readonly Job[] = [
  {
    type: 'hold-expiry',
    cron: (config) => config.scheduler.holdExpiryCron,
    call: expireHolds,
    summary: 'Releases the seats of holds nobody paid in time (a minute late at most by default).',
  },
  {
    type: 'catalog-sync',
    cron: (config) => config.scheduler.syncCron,
    call: syncCatalog,
    startup: coreApiReady,
    summary: 'Reconciles the public catalog with the Operations DB, at start-up and then on schedule.',
  },
  {
    type: 'launch-reminders',
    cron: (config) => config.scheduler.reminderCron,
    call: queueLaunchReminders,
    summary: 'Queues the reminders of confirmed bookings on launches lifting off soon.',
  },
  {
    type: 'launch-announcements',
    cron: (config) => config.scheduler.announcementRepairCron,
    call: announceMissedLaunches,
    summary: 'Announces recent launches whose announcement from Admin API never reached Core API.',
  },
  {
    type: 'aborted-launch-refunds',
    cron: (config) => config.scheduler.abortedLaunchRefundCron,
    call: refundAbortedLaunches,
    summary: 'Cancels and refunds bookings left active on aborted launches.',
  },
  {
    type: 'credential-housekeeping',
    cron: (config) => config.scheduler.housekeepingCron,
    call: deleteExpiredCredentials,
    summary: 'Deletes expired tokens and ended sessions, which FerretDB cannot expire by itself.',
  },
  {
    type: 'invoice-issuing',
    cron: (config) => config.scheduler.invoiceIssuingCron,
    call: issueMissingInvoices,
    summary: 'Issues the automatic invoices of successful and aborted launches that were missed.',
  },
  {
    type: 'invoice-overdue',
    cron: (config) => config.scheduler.invoiceOverdueCron,
    call: remindOverdueInvoices,
    summary: 'Marks unpaid invoices past due as overdue and queues one reminder per invoice per week.',
  },
];
