import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import {
  supplierReliability,
  type FlightOutcome,
  type SupplierReliability,
} from '../rules/supplier-reliability.js';

/** A flight ends when its launch reaches successful or failed; launches moved there by a seed have no history. */
const FLIGHTS = `
  SELECT l.id, l.supplier_id, l.status::text AS outcome, coalesce(ended.at, l.scheduled_at) AS ended_at
  FROM launches l
  LEFT JOIN LATERAL (
    SELECT max(h.at) AS at FROM launch_status_history h WHERE h.launch_id = l.id AND h.to_status = l.status
  ) ended ON true
  WHERE l.status IN ('successful', 'failed')`;

interface FlightRow {
  id: string;
  supplier_id: string;
  outcome: FlightOutcome;
}

/** Suppliers' flight records, read one way for the fee rate, finance's pages and the supplier's own. */
@Injectable()
export class SupplierFlightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One supplier's reliability. `exceptLaunchId` leaves out the launch being invoiced, so its rate is set by the
   * record before it; pass the caller's `manager` inside its transaction.
   */
  async reliability(
    supplierId: string,
    options: { exceptLaunchId?: string; manager?: EntityManager } = {},
  ): Promise<SupplierReliability> {
    const rows = await queryRows<FlightRow>(
      options.manager ?? this.dataSource.manager,
      `${FLIGHTS} AND l.supplier_id = $1 AND l.id IS DISTINCT FROM $2 ORDER BY ended_at DESC, l.id`,
      [supplierId, options.exceptLaunchId ?? null],
    );
    return supplierReliability(rows.map((row) => row.outcome));
  }

  /** Every supplier's current reliability; suppliers that never flew are absent (they are new). */
  async reliabilityBySupplier(): Promise<Map<string, SupplierReliability>> {
    const rows = await queryRows<FlightRow>(
      this.dataSource.manager,
      `${FLIGHTS} ORDER BY l.supplier_id, ended_at DESC, l.id`,
    );
    const flights = new Map<string, FlightOutcome[]>();
    for (const row of rows)
      flights.set(row.supplier_id, [...(flights.get(row.supplier_id) ?? []), row.outcome]);
    return new Map([...flights].map(([supplierId, outcomes]) => [supplierId, supplierReliability(outcomes)]));
  }
}
