import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Supplier } from '../shared/model/operations/supplier.entity.js';

/** Looks suppliers up in the Operations DB, so accounts and keys are only ever bound to real ones. */
@Injectable()
export class SupplierDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nameOf(supplierId: string): Promise<string | undefined> {
    const supplier = await this.dataSource.getRepository(Supplier).findOneBy({ id: supplierId });
    return supplier?.name;
  }

  async requireExisting(supplierId: string): Promise<void> {
    if (!(await this.nameOf(supplierId)))
      throw new BadRequestException(`Supplier ${supplierId} does not exist.`);
  }
}
