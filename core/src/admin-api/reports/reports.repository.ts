import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';

export type ReportPeriod = 'month' | 'quarter' | 'year';

/** Sums come back from PostgreSQL as bigint text; they are safe integers of minor units. */
type Sum = string;

export interface RevenueRow {
  supplier_id: string;
  supplier_name: string;
  period_start: string;
  currency: string;
  launches_flown: number;
  launches_aborted: number;
  gross_minor: Sum;
  refunds_minor: Sum;
  invoiced_minor: Sum;
  paid_minor: Sum;
  outstanding_minor: Sum;
}

export interface ActualRow {
  supplier_id: string;
  supplier_name: string;
  month: number;
  currency: string;
  actual_minor: Sum;
}

export interface PendingLaunchRow {
  supplier_id: string;
  supplier_name: string;
  month: number;
  currency: string;
  seats_sold: number;
  minimum_occupancy: number;
  price_per_seat_minor: Sum;
}

export interface CurrencyPositionRow {
  currency: string;
  outstanding_minor: Sum;
  overdue_count: number;
  overdue_minor: Sum;
  collected_this_month_minor: Sum;
}

export interface MonthlyFlowRow {
  month: string;
  currency: string;
  invoiced_minor: Sum;
  collected_minor: Sum;
}

export interface SupplierBalanceRow {
  supplier_id: string;
  currency: string;
  outstanding_minor: Sum;
}

export interface ReportLaunchRow {
  id: string;
  mission_name: string;
  status: string;
  scheduled_at: Date;
  currency: string;
}

export interface BookingRevenueRow {
  booking_id: string;
  customer_email: string;
  lead_passenger: string | null;
  seats: number;
  status: string;
  currency: string;
  revenue_minor: Sum;
  refunds_minor: Sum;
}

const OPEN = `('issued', 'partially_paid', 'overdue')`;
const UTC_DAY = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;

/**
 * Every fact the revenue report adds up, each on the day it belongs to: a launch and its booking payments on the
 * launch's date, an invoice on its issue date, a supplier payment on the day it was paid. Only flown (successful)
 * and aborted launches count, the ones the platform invoices.
 */
const REVENUE_FACTS = `
  SELECT l.supplier_id, ${UTC_DAY('l.scheduled_at')} AS day, l.currency,
         (l.status = 'successful')::int AS flown, (l.status = 'aborted')::int AS aborted,
         0::bigint AS gross, 0::bigint AS refunds, 0::bigint AS invoiced, 0::bigint AS paid, 0::bigint AS outstanding
  FROM launches l WHERE l.status IN ('successful', 'aborted')
  UNION ALL
  SELECT l.supplier_id, ${UTC_DAY('l.scheduled_at')}, p.currency, 0, 0,
         CASE WHEN p.kind = 'charge' THEN p.amount_minor ELSE 0 END,
         CASE WHEN p.kind = 'refund' THEN p.amount_minor ELSE 0 END, 0, 0, 0
  FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN launches l ON l.id = b.launch_id
  WHERE p.status = 'succeeded' AND l.status IN ('successful', 'aborted')
  UNION ALL
  SELECT i.supplier_id, i.issue_date, i.currency, 0, 0, 0, 0, i.fee_minor, 0,
         CASE WHEN i.status IN ${OPEN} THEN i.fee_minor - i.paid_minor ELSE 0 END
  FROM invoices i WHERE i.status <> 'void'
  UNION ALL
  SELECT i.supplier_id, ip.paid_on, ip.currency, 0, 0, 0, 0, 0, ip.amount_minor, 0
  FROM invoice_payments ip JOIN invoices i ON i.id = ip.invoice_id`;

/** The SQL of finance's reports, read from the Operations DB (the system of record). */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  revenue(period: ReportPeriod, from: string, to: string): Promise<RevenueRow[]> {
    return this.rows<RevenueRow>(
      `WITH facts AS (${REVENUE_FACTS})
       SELECT f.supplier_id, s.name AS supplier_name, f.currency,
              to_char(date_trunc($1::text, f.day::timestamp), 'YYYY-MM-DD') AS period_start,
              sum(f.flown)::int AS launches_flown, sum(f.aborted)::int AS launches_aborted,
              sum(f.gross)::text AS gross_minor, sum(f.refunds)::text AS refunds_minor,
              sum(f.invoiced)::text AS invoiced_minor, sum(f.paid)::text AS paid_minor,
              sum(f.outstanding)::text AS outstanding_minor
       FROM facts f JOIN suppliers s ON s.id = f.supplier_id
       WHERE f.day BETWEEN $2::date AND $3::date
       GROUP BY f.supplier_id, s.name, f.currency, period_start
       ORDER BY period_start, s.name, f.currency`,
      [period, from, to],
    );
  }

  /** Fees earned in `year`: invoices on launches flown or aborted in each month, manual ones by issue date. */
  actualFees(year: number): Promise<ActualRow[]> {
    return this.rows<ActualRow>(
      `SELECT i.supplier_id, s.name AS supplier_name, i.currency, sum(i.fee_minor)::text AS actual_minor,
              extract(month FROM coalesce(${UTC_DAY('l.scheduled_at')}, i.issue_date))::int AS month
       FROM invoices i JOIN suppliers s ON s.id = i.supplier_id LEFT JOIN launches l ON l.id = i.launch_id
       WHERE i.status <> 'void'
         AND extract(year FROM coalesce(${UTC_DAY('l.scheduled_at')}, i.issue_date)) = $1
       GROUP BY i.supplier_id, s.name, i.currency, month
       ORDER BY month, s.name, i.currency`,
      [year],
    );
  }

  /** Launches of `year` that may still fly, whose fees are projected. */
  pendingLaunches(year: number): Promise<PendingLaunchRow[]> {
    return this.rows<PendingLaunchRow>(
      `SELECT l.supplier_id, s.name AS supplier_name, l.currency, l.seats_sold, l.minimum_occupancy,
              l.price_per_seat_minor::text AS price_per_seat_minor,
              extract(month FROM ${UTC_DAY('l.scheduled_at')})::int AS month
       FROM launches l JOIN suppliers s ON s.id = l.supplier_id
       WHERE l.status IN ('scheduled', 'confirmed', 'delayed')
         AND extract(year FROM ${UTC_DAY('l.scheduled_at')}) = $1
       ORDER BY l.scheduled_at, l.id`,
      [year],
    );
  }

  /** Per currency: what is owed, what is past due, and what came in this calendar month (UTC). */
  positions(today: string): Promise<CurrencyPositionRow[]> {
    return this.rows<CurrencyPositionRow>(
      `WITH open AS (
         SELECT currency, fee_minor - paid_minor AS owed, (status = 'overdue' OR due_date < $1::date) AS late
         FROM invoices WHERE status IN ${OPEN}
       ), collected AS (
         SELECT currency, sum(amount_minor) AS minor FROM invoice_payments
         WHERE date_trunc('month', paid_on) = date_trunc('month', $1::date) GROUP BY currency
       ), currencies AS (SELECT currency FROM open UNION SELECT currency FROM collected)
       SELECT c.currency,
              coalesce((SELECT sum(owed) FROM open o WHERE o.currency = c.currency), 0)::text AS outstanding_minor,
              (SELECT count(*) FROM open o WHERE o.currency = c.currency AND o.late)::int AS overdue_count,
              coalesce((SELECT sum(owed) FROM open o WHERE o.currency = c.currency AND o.late), 0)::text
                AS overdue_minor,
              coalesce((SELECT minor FROM collected k WHERE k.currency = c.currency), 0)::text
                AS collected_this_month_minor
       FROM currencies c ORDER BY c.currency`,
      [today],
    );
  }

  /** Fees invoiced (issue date) and collected (paid date) per month from `fromMonth` on. */
  monthlyFlows(fromMonth: string): Promise<MonthlyFlowRow[]> {
    return this.rows<MonthlyFlowRow>(
      `WITH flows AS (
         SELECT issue_date AS day, currency, fee_minor AS invoiced, 0::bigint AS collected
         FROM invoices WHERE status <> 'void'
         UNION ALL
         SELECT paid_on, currency, 0, amount_minor FROM invoice_payments
       )
       SELECT to_char(day, 'YYYY-MM') AS month, currency, sum(invoiced)::text AS invoiced_minor,
              sum(collected)::text AS collected_minor
       FROM flows WHERE day >= $1::date
       GROUP BY month, currency ORDER BY month, currency`,
      [fromMonth],
    );
  }

  supplierBalances(): Promise<SupplierBalanceRow[]> {
    return this.rows<SupplierBalanceRow>(
      `SELECT supplier_id, currency, sum(fee_minor - paid_minor)::text AS outstanding_minor
       FROM invoices WHERE status IN ${OPEN}
       GROUP BY supplier_id, currency ORDER BY supplier_id, currency`,
    );
  }

  /** The launch, if it is the scoped supplier's (any supplier's when `supplierId` is undefined). */
  async launch(launchId: string, supplierId: string | undefined): Promise<ReportLaunchRow | undefined> {
    const [row] = await this.rows<ReportLaunchRow>(
      `SELECT id, mission_name, status::text AS status, scheduled_at, currency FROM launches
       WHERE id = $1 AND ($2::uuid IS NULL OR supplier_id = $2::uuid)`,
      [launchId, supplierId ?? null],
    );
    return row;
  }

  /** Every booking on the launch that was paid, with what it paid and what was refunded to it. */
  bookingRevenue(launchId: string): Promise<BookingRevenueRow[]> {
    return this.rows<BookingRevenueRow>(
      `SELECT b.id AS booking_id, b.customer_email, b.seats, b.status::text AS status, b.currency,
              (SELECT p.full_name FROM passengers p WHERE p.booking_id = b.id ORDER BY p.seat_number LIMIT 1)
                AS lead_passenger,
              coalesce(sum(p.amount_minor) FILTER (WHERE p.kind = 'charge'), 0)::text AS revenue_minor,
              coalesce(sum(p.amount_minor) FILTER (WHERE p.kind = 'refund'), 0)::text AS refunds_minor
       FROM bookings b JOIN payments p ON p.booking_id = b.id AND p.status = 'succeeded'
       WHERE b.launch_id = $1
       GROUP BY b.id
       ORDER BY b.created_at, b.id`,
      [launchId],
    );
  }

  private rows<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return queryRows<T>(this.dataSource.manager, sql, parameters);
  }
}
