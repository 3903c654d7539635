import { Booking } from './booking.entity.js';
import { CreditNote } from './credit-note.entity.js';
import { InvoicePayment } from './invoice-payment.entity.js';
import { Invoice } from './invoice.entity.js';
import { Passenger } from './passenger.entity.js';
import { LaunchStatusChange } from './launch-status-change.entity.js';
import { Launch } from './launch.entity.js';
import { PaymentSession } from './payment-session.entity.js';
import { Payment } from './payment.entity.js';
import { Receipt } from './receipt.entity.js';
import { Rocket } from './rocket.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { Supplier } from './supplier.entity.js';

/** Every TypeORM entity stored in the Operations DB. */
export const OPERATIONS_ENTITIES = [
  Supplier,
  Rocket,
  Launch,
  LaunchStatusChange,
  StaffMember,
  Booking,
  Passenger,
  Payment,
  PaymentSession,
  Invoice,
  InvoicePayment,
  CreditNote,
  Receipt,
];
