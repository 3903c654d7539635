import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Supplier } from '../../shared/model/operations/supplier.entity.js';
import type { SupplierSummaryDto } from './supplier-summary.dto.js';

/** Read-only summaries of the Operations DB for back-office apps. */
@Injectable()
export class SupplierSummariesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async suppliers(): Promise<SupplierSummaryDto[]> {
    const rows: Array<Supplier & { launchCount: string; rocketCount: string }> = await this.dataSource
      .getRepository(Supplier)
      .createQueryBuilder('supplier')
      .select(['supplier.id AS id', 'supplier.name AS name', 'supplier.description AS description'])
      .addSelect('(SELECT count(*) FROM launches l WHERE l.supplier_id = supplier.id)', 'launchCount')
      .addSelect('(SELECT count(*) FROM rockets r WHERE r.supplier_id = supplier.id)', 'rocketCount')
      .orderBy('supplier.name', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      launchCount: Number(row.launchCount),
      rocketCount: Number(row.rocketCount),
    }));
  }
}
