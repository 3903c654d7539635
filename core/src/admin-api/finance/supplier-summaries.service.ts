import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Supplier } from '../../shared/model/operations/supplier.entity.js';
import { SupplierFlightsRepository } from '../../shared/repositories/supplier-flights.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import type { SupplierSummaryDto } from './supplier-summary.dto.js';

/** Read-only summaries of the Operations DB for back-office apps. */
@Injectable()
export class SupplierSummariesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly flights: SupplierFlightsRepository,
    private readonly reports: ReportsRepository,
  ) {}

  async suppliers(): Promise<SupplierSummaryDto[]> {
    const [rows, reliability, balances] = await Promise.all([
      this.dataSource
        .getRepository(Supplier)
        .createQueryBuilder('supplier')
        .select(['supplier.id AS id', 'supplier.name AS name', 'supplier.description AS description'])
        .addSelect('(SELECT count(*) FROM launches l WHERE l.supplier_id = supplier.id)', 'launchCount')
        .addSelect('(SELECT count(*) FROM rockets r WHERE r.supplier_id = supplier.id)', 'rocketCount')
        .orderBy('supplier.name', 'ASC')
        .getRawMany<Supplier & { launchCount: string; rocketCount: string }>(),
      this.flights.reliabilityBySupplier(),
      this.reports.supplierBalances(),
    ]);
    return rows.map((row) => {
      const record = reliability.get(row.id);
      return {
        id: row.id,
        name: row.name,
        description: row.description,
        launchCount: Number(row.launchCount),
        rocketCount: Number(row.rocketCount),
        reliable: record?.reliable ?? false,
        successfulFlights: record?.successfulFlights ?? 0,
        failedFlights: record?.failedFlights ?? 0,
        balances: balances
          .filter((balance) => balance.supplier_id === row.id)
          .map((balance) => ({
            currency: balance.currency,
            outstandingMinor: Number(balance.outstanding_minor),
          })),
      };
    });
  }
}
