import type { NodeEnv, ServiceKey } from '@astrobookings/system';

/**
 * Every setting the services and scripts read from the environment, validated once at start-up. A process
 * is given only its own slice (CONFIG_SCOPES), so a setting it never reads cannot stop it from starting.
 */
export interface AppConfig {
  /** NODE_ENV; unset means production, and only development and test allow the development secrets. */
  nodeEnv: NodeEnv;
  logLevel: string;
  /**
   * The interface a service listens on (HOST): this machine only by default, so a laptop on a shared network
   * does not offer its services with their development secrets; a container sets 0.0.0.0.
   */
  host: string;
  /** Where each service listens (`*_API_PORT`, `JOB_SCHEDULER_PORT`). */
  ports: Record<ServiceKey, number>;
  /** Where each service is reached (`*_API_URL`, `JOB_SCHEDULER_URL`), and the two web apps mail links to. */
  urls: Record<ServiceKey, string> & {
    /** The Auth web app, where email links (verification, reset, invitation) point. */
    authWeb: string;
    /** The customer web app: booking emails link to it and the payment provider sends the browser back to it. */
    customerWeb: string;
  };
  /**
   * Express `trust proxy`: the callers whose X-Forwarded-For names the client address, i.e. the BFFs (loopback
   * by default, where `npm start` runs them). Anyone else is counted by their own address.
   */
  trustProxy: string;
  security: SecurityConfig;
  databaseUrl: string;
  customerDbUrl: string;
  coreDbUrl: string;
  smtpUrl: string;
  opsAlertEmail: string;
  mailFrom: string;
  /** Milliseconds between two runs of Core API's notification outbox dispatcher. */
  notificationDispatchIntervalMs: number;
  auth: AuthConfig;
  requestLimits: RequestLimitsConfig;
  payments: PaymentsConfig;
  holds: HoldLimitsConfig;
  scheduler: SchedulerConfig;
  announcements: AnnouncementsConfig;
  /** Whether the seed writes the demo accounts and bookings (SEED_DEMO_ACCOUNTS, true outside production, refused in it). */
  seedDemoAccounts: boolean;
  /** Whether the APIs serve Swagger UI and their OpenAPI document (API_DOCS, true outside production). */
  apiDocs: boolean;
  /** How long a call to another service may take before it is given up as a 504 (SERVICE_CALL_TIMEOUT_MS). */
  serviceCallTimeoutMs: number;
}

export interface SecurityConfig {
  /** Shared secret services trade for a service token (INTERNAL_API_SECRET). */
  internalApiSecret: string;
}

/** What only the Auth API reads: its signing key and the limits on sign-in attempts. */
export interface AuthConfig {
  /** Ed25519 private key (PKCS8 PEM) signing access tokens; required in production, else absent means an ephemeral key. */
  signingKeyPem?: string;
  /** Requests per minute one client address may make to each sign-in/registration/reset action. */
  rateLimitPerMinute: number;
  /** Failed sign-ins to one account from one client address after which that client must wait between tries. */
  lockoutThreshold: number;
  /** The longest wait the progressive delay imposes on one client address. */
  lockoutMinutes: number;
  /** Absolute session lifetimes, however actively a session is used (AUTH_SESSION_MAX_HOURS_STAFF/_CUSTOMER). */
  sessionMaxHours: { staff: number; customer: number };
  /** Failed sign-ins to one account from all clients within `accountLockMinutes` that lock the account. */
  accountLockThreshold: number;
  /** How long an account lock lasts unless its owner (unlock link) or an admin lifts it earlier. */
  accountLockMinutes: number;
}

/** Request limits of the Customer and Admin APIs, per signed-in principal or, when anonymous, client address. */
export interface RequestLimitsConfig {
  /** Requests per minute to any endpoint (API_RATE_LIMIT_PER_MINUTE). */
  perMinute: number;
  /** Holds (`POST /bookings`) per hour, per customer and per client address (BOOKING_HOLDS_PER_HOUR). */
  holdsPerHour: number;
  /** Checkouts started per hour, per customer and per client address (BOOKING_CHECKOUTS_PER_HOUR). */
  checkoutsPerHour: number;
}

/** Which payment provider takes payments: the built-in simulated card gateway, or none (checkout refused). */
export type PaymentProviderName = 'simulated' | 'none';

export interface PaymentsConfig {
  /**
   * PAYMENT_PROVIDER; `simulated` by default only when NODE_ENV is development or test, because its test card
   * confirms a booking without any money moving.
   */
  provider: PaymentProviderName;
  /** How long a hold keeps its seats while the customer pays, before the expiry job releases them (BOOKING_HOLD_MINUTES). */
  holdMinutes: number;
  /** Browser-facing base URL of the simulated card checkout pages (PAYMENT_CHECKOUT_URL, default Core API). */
  checkoutBaseUrl: string;
  /** HMAC secret signing payment webhooks (PAYMENT_WEBHOOK_SECRET). */
  webhookSecret: string;
  /** Each of the simulated 3-D Secure card's two steps: the bank's check, then the confirmation (SIMULATED_3DS_DELAY_MS). */
  threeDsDelayMs: number;
}

/** How far one customer may tie up seats with unpaid holds. */
export interface HoldLimitsConfig {
  /** Seats one customer may hold at once across every launch (MAX_HELD_SEATS_PER_CUSTOMER). */
  maxHeldSeatsPerCustomer: number;
  /** Holds a customer may let expire within the window before new holds cool down (EXPIRED_HOLDS_BEFORE_COOLDOWN). */
  expiredHoldsBeforeCooldown: number;
  /** How far back expired holds count (EXPIRED_HOLDS_WINDOW_HOURS). */
  expiredHoldsWindowHours: number;
  /** The first cool-down, doubling with each further expired hold (HOLD_COOLDOWN_MINUTES). */
  cooldownMinutes: number;
}

/** When the Job Scheduler runs each of its jobs. */
export interface SchedulerConfig {
  /** Catalog sync, besides the one at start-up (SYNC_CRON, every five minutes by default). */
  syncCron: string;
  /** Expiry of unpaid holds (HOLD_EXPIRY_CRON, every minute by default). */
  holdExpiryCron: string;
  /**
   * Cancelling and refunding bookings left active on aborted launches, in case Admin API could not reach Core
   * API at the abort (ABORTED_LAUNCH_REFUND_CRON, every five minutes by default).
   */
  abortedLaunchRefundCron: string;
  /** Queueing launch reminders (REMINDER_CRON, hourly by default). */
  reminderCron: string;
  /**
   * Announcing recent launches whose announcement never reached Core API (ANNOUNCEMENT_REPAIR_CRON, every ten
   * minutes by default).
   */
  announcementRepairCron: string;
  /**
   * Having the Auth API delete expired tokens and ended sessions, which FerretDB cannot expire by itself
   * (HOUSEKEEPING_CRON, daily at 03:30 by default).
   */
  housekeepingCron: string;
  /**
   * Issuing automatic invoices missed after a launch's transition (INVOICE_ISSUING_CRON, every fifteen minutes
   * by default).
   */
  invoiceIssuingCron: string;
  /** Marking invoices overdue and sending weekly reminders (INVOICE_OVERDUE_CRON, daily at 06:00 UTC by default). */
  invoiceOverdueCron: string;
}

/** What Core API tells customers about launches ahead of time. */
export interface AnnouncementsConfig {
  /** How long after VIP customers everyone else hears of a new launch (ANNOUNCEMENT_DELAY_MINUTES). */
  delayMinutes: number;
  /** How many hours before lift-off a confirmed booking's customer is reminded (REMINDER_LEAD_HOURS). */
  reminderLeadHours: number;
}

/** The running process's slice of AppConfig (see CONFIG_SCOPES), injectable in every module. */
export const APP_CONFIG = Symbol('APP_CONFIG');
