import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { Principal } from '../../platform/security/principal.js';
import { toCsv } from '../launches/to-csv.js';
import { supplierScope } from '../suppliers/supplier-scope.js';
import type { BookingsReportDto, BookingsReportLineDto } from './bookings-report.dto.js';
import { decimalAmount } from '../../shared/model/decimal-amount.js';
import { ReportsRepository } from './reports.repository.js';
import { totalsByCurrency } from './totals-by-currency.js';

/** A successful launch's bookings for its supplier: who booked, how many seats, what they paid and got back. */
@Injectable()
export class BookingsReportService {
  constructor(private readonly reports: ReportsRepository) {}

  async report(principal: Principal, launchId: string): Promise<BookingsReportDto> {
    const launch = await this.reports.launch(launchId, supplierScope(principal));
    if (!launch) throw new NotFoundException('Launch not found.');
    if (launch.status !== 'successful')
      throw new UnprocessableEntityException(
        `The bookings report is for successful launches; this one is ${launch.status}.`,
      );
    const bookings: BookingsReportLineDto[] = (await this.reports.bookingRevenue(launchId)).map((row) => ({
      bookingId: row.booking_id,
      customerEmail: row.customer_email,
      leadPassenger: row.lead_passenger ?? '',
      seats: row.seats,
      status: row.status,
      currency: row.currency,
      revenueMinor: Number(row.revenue_minor),
      refundsMinor: Number(row.refunds_minor),
      netMinor: Number(row.revenue_minor) - Number(row.refunds_minor),
    }));
    const seated = bookings.map((line) => ({ ...line, seats: line.status === 'confirmed' ? line.seats : 0 }));
    return {
      launchId,
      missionName: launch.mission_name,
      scheduledAt: launch.scheduled_at.toISOString(),
      bookings,
      totals: totalsByCurrency(seated, ['seats', 'revenueMinor', 'refundsMinor', 'netMinor']),
    };
  }

  async csv(principal: Principal, launchId: string): Promise<string> {
    const { bookings, totals } = await this.report(principal, launchId);
    const money = (row: { currency: string; revenueMinor: number; refundsMinor: number; netMinor: number }) =>
      [row.revenueMinor, row.refundsMinor, row.netMinor].map((minor) => decimalAmount(minor, row.currency));
    return toCsv([
      [
        'booking_id',
        'customer_email',
        'lead_passenger',
        'status',
        'seats',
        'currency',
        'revenue',
        'refunds',
        'net',
      ],
      ...bookings.map((line) => [
        line.bookingId,
        line.customerEmail,
        line.leadPassenger,
        line.status,
        line.seats,
        line.currency,
        ...money(line),
      ]),
      ...totals.map((total) => ['total', '', '', '', total.seats, total.currency, ...money(total)]),
    ]);
  }
}
