import { Booking } from '../../bookings/booking.entity.js';
import { Passenger } from '../../bookings/passenger.entity.js';
import { LaunchStatusChange } from '../../launches/launch-status-change.entity.js';
import { Launch } from '../../launches/launch.entity.js';
import { PaymentSession } from '../../payments/payment-session.entity.js';
import { Payment } from '../../payments/payment.entity.js';
import { Rocket } from '../../rockets/rocket.entity.js';
import { StaffMember } from '../../staff/staff-member.entity.js';
import { Supplier } from '../../suppliers/supplier.entity.js';

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
];
