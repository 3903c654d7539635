import { Injectable } from '@nestjs/common';
import { launchFeeBasisPoints, launchFeeMinor } from '../../shared/rules/launch-fee.js';
import { SupplierFlightsRepository } from '../../shared/repositories/supplier-flights.repository.js';
import { toCsv } from '../launches/to-csv.js';
import type { AnnualAmountsDto, AnnualReportDto, AnnualSupplierMonthDto } from './annual-report.dto.js';
import { decimalAmount } from '../../shared/model/decimal-amount.js';
import { ReportsRepository } from './reports.repository.js';
import { totalsByCurrency } from './totals-by-currency.js';

const AMOUNTS = ['actualMinor', 'pendingSoldMinor', 'pendingMinimumMinor'] as const;

/**
 * The year's actual fees and the fees still to come. A launch that may still fly is projected with the fee rule
 * at its supplier's current rate, once on the seats sold so far and once at least at its minimum occupancy (the
 * seats it needs to be viable, or more if it has sold more).
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly flights: SupplierFlightsRepository,
  ) {}

  async report(year: number): Promise<AnnualReportDto> {
    const [actual, pending, reliability] = await Promise.all([
      this.reports.actualFees(year),
      this.reports.pendingLaunches(year),
      this.flights.reliabilityBySupplier(),
    ]);
    const cells = new Map<string, AnnualSupplierMonthDto>();
    const cell = (supplierId: string, supplierName: string, month: number, currency: string) => {
      const key = `${month}|${supplierName}|${supplierId}|${currency}`;
      const found = cells.get(key);
      if (found) return found;
      const created = {
        supplierId,
        supplierName,
        month: monthKey(year, month),
        currency,
        actualMinor: 0,
        pendingSoldMinor: 0,
        pendingMinimumMinor: 0,
      };
      cells.set(key, created);
      return created;
    };
    for (const row of actual)
      cell(row.supplier_id, row.supplier_name, row.month, row.currency).actualMinor += Number(
        row.actual_minor,
      );
    for (const launch of pending) {
      const rate = launchFeeBasisPoints(reliability.get(launch.supplier_id)?.reliable ?? false);
      const price = Number(launch.price_per_seat_minor);
      const target = cell(launch.supplier_id, launch.supplier_name, launch.month, launch.currency);
      target.pendingSoldMinor += launchFeeMinor(launch.seats_sold * price, rate);
      target.pendingMinimumMinor += launchFeeMinor(
        Math.max(launch.seats_sold, launch.minimum_occupancy) * price,
        rate,
      );
    }
    const rows = [...cells.values()].sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        a.supplierName.localeCompare(b.supplierName) ||
        a.currency.localeCompare(b.currency),
    );
    const totals = totalsByCurrency(rows, AMOUNTS);
    const months = totals.flatMap(({ currency }) =>
      Array.from({ length: 12 }, (_, index) => {
        const month = monthKey(year, index + 1);
        const [sum] = totalsByCurrency(
          rows.filter((row) => row.month === month && row.currency === currency),
          AMOUNTS,
        );
        return { month, ...(sum ?? emptyAmounts(currency)) };
      }),
    );
    return { year, rows, months, totals };
  }

  async csv(year: number): Promise<string> {
    const { rows, totals } = await this.report(year);
    const money = (row: AnnualAmountsDto) => AMOUNTS.map((field) => decimalAmount(row[field], row.currency));
    return toCsv([
      ['month', 'supplier', 'currency', 'actual', 'pending_seats_sold', 'pending_minimum_occupancy'],
      ...rows.map((row) => [row.month, row.supplierName, row.currency, ...money(row)]),
      ...totals.map((total) => ['total', '', total.currency, ...money(total)]),
    ]);
  }
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function emptyAmounts(currency: string): AnnualAmountsDto {
  return { currency, actualMinor: 0, pendingSoldMinor: 0, pendingMinimumMinor: 0 };
}
