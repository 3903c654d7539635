import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import type { JobContext } from './job-context.js';

/** One row of the Job Scheduler's table of jobs (JOBS). */
export interface Job {
  /** Recorded as each run's `type` in the Core DB `jobs`; also names the job in logs. */
  readonly type: string;
  /** What the job is for, in one line. */
  readonly summary: string;
  /**
   * The cron expression it runs on, from the Job Scheduler's configuration; absent for a job that only runs
   * when something enqueues it (an operator, another service).
   */
  readonly cron?: (config: ScopedConfig<'job-scheduler'>) => string;
  /**
   * One run: it fails by throwing, and what it resolves to is recorded as the run's summary. `payload` is what
   * the enqueuer gave (empty for cron slots).
   */
  readonly call: (context: JobContext, payload: Readonly<Record<string, unknown>>) => Promise<string | void>;
  /**
   * Set for a job that also runs once at start-up (trigger `startup`): asked every 2 s until it resolves
   * true (a rejection counts as not yet), so that run is not recorded as a failure while the system is still
   * starting.
   */
  readonly startup?: (context: JobContext) => Promise<boolean>;
}
