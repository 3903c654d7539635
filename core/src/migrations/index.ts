import { CreateOperationsSchema1764000000000 } from './1764000000000-create-operations-schema.js';
import { CreateStaffMembers1764100000000 } from './1764100000000-create-staff-members.js';
import { CreateBookings1765000000000 } from './1765000000000-create-bookings.js';
import { SupplierOperations1766000000000 } from './1766000000000-supplier-operations.js';
import { BookingReminders1767000000000 } from './1767000000000-booking-reminders.js';
import { EmailOutbox1768000000000 } from './1768000000000-email-outbox.js';
import { OneHoldPerLaunch1769200000000 } from './1769200000000-one-hold-per-launch.js';
import { OneOpenPaymentSession1769300000000 } from './1769300000000-one-open-payment-session.js';
import { RateLimits1769500000000 } from './1769500000000-rate-limits.js';
import { SiteTimeZones1769600000000 } from './1769600000000-site-time-zones.js';
import { EmailOutboxLanguage1769700000000 } from './1769700000000-email-outbox-language.js';
import { Invoices1769900000000 } from './1769900000000-invoices.js';
import { MoneyInMinorUnits1769800000000 } from './1769800000000-money-in-minor-units.js';
import { Receipts1769950000000 } from './1769950000000-receipts.js';

/** Migrations in the order they run; listed explicitly so bundling or ESM loading never misses one. */
export const OPERATIONS_MIGRATIONS = [
  CreateOperationsSchema1764000000000,
  CreateStaffMembers1764100000000,
  CreateBookings1765000000000,
  SupplierOperations1766000000000,
  BookingReminders1767000000000,
  EmailOutbox1768000000000,
  OneHoldPerLaunch1769200000000,
  OneOpenPaymentSession1769300000000,
  RateLimits1769500000000,
  SiteTimeZones1769600000000,
  EmailOutboxLanguage1769700000000,
  MoneyInMinorUnits1769800000000,
  Invoices1769900000000,
  Receipts1769950000000,
];
