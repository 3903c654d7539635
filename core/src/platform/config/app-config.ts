/** Every setting a service reads from the environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: string;
  logLevel: string;
  ports: {
    authApi: number;
    customerApi: number;
    adminApi: number;
    coreApi: number;
    jobScheduler: number;
  };
  urls: {
    authApi: string;
    customerApi: string;
    adminApi: string;
    coreApi: string;
    jobScheduler: string;
    /** The Auth web app, where email links (verification, reset, invitation) point. */
    authWeb: string;
  };
  databaseUrl: string;
  customerDbUrl: string;
  coreDbUrl: string;
  smtpUrl: string;
  opsAlertEmail: string;
  mailFrom: string;
  syncCron: string;
  /**
   * When the Job Scheduler has the Auth API delete expired tokens and ended sessions, which FerretDB cannot
   * expire by itself (HOUSEKEEPING_CRON, daily at 03:30 by default).
   */
  housekeepingCron: string;
  /** Express `trust proxy`: which proxies may tell the client IP through X-Forwarded-For. */
  trustProxy: string;
  /** Milliseconds between two runs of Core API's notification outbox dispatcher. */
  notificationDispatchIntervalMs: number;
  security: SecurityConfig;
  bookings: BookingsConfig;
}

export interface BookingsConfig {
  /** How long a hold keeps its seats before the expiry job releases them (BOOKING_HOLD_MINUTES). */
  holdMinutes: number;
  /** Where the payment provider sends the browser back after paying (CUSTOMER_WEB_URL). */
  customerWebUrl: string;
  /** Browser-facing base URL of the simulated card checkout pages (PAYMENT_CHECKOUT_URL, default Core API). */
  checkoutBaseUrl: string;
  /** HMAC secret signing payment webhooks (PAYMENT_WEBHOOK_SECRET). */
  webhookSecret: string;
  /** How long the simulated 3-D Secure card makes the payer wait (SIMULATED_3DS_DELAY_MS). */
  threeDsDelayMs: number;
  /** When the Job Scheduler expires unpaid holds (HOLD_EXPIRY_CRON, every minute by default). */
  holdExpiryCron: string;
  /**
   * When the Job Scheduler cancels and refunds bookings left active on aborted launches, in case Admin API
   * could not reach Core API at the abort (ABORTED_LAUNCH_REFUND_CRON, every five minutes by default).
   */
  abortedLaunchRefundCron: string;
  /** When the Job Scheduler queues launch reminders (REMINDER_CRON, hourly by default). */
  reminderCron: string;
  /** How many hours before lift-off a confirmed booking's customer is reminded (REMINDER_LEAD_HOURS). */
  reminderLeadHours: number;
  /**
   * When the Job Scheduler announces recent launches whose announcement never reached Core API
   * (ANNOUNCEMENT_REPAIR_CRON, every ten minutes by default).
   */
  announcementRepairCron: string;
  /** How long after VIP customers everyone else hears of a new launch (ANNOUNCEMENT_DELAY_MINUTES). */
  announcementDelayMinutes: number;
}

export interface SecurityConfig {
  /** Shared secret services trade for a service token (INTERNAL_API_SECRET). */
  internalApiSecret: string;
  /** Ed25519 private key (PKCS8 PEM) signing access tokens; absent outside production means an ephemeral key. */
  signingKeyPem?: string;
  /** Requests per minute one IP may make to each sign-in/registration/reset action. */
  rateLimitPerMinute: number;
  /** Consecutive failed sign-ins after which an account is locked. */
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
