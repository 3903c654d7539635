import { Injectable, NotFoundException } from '@nestjs/common';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogPublisher } from '../catalog-publishing/catalog-publisher.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { isUniqueViolation } from '../../platform/database/is-unique-violation.js';
import type { Principal } from '../../platform/security/principal.js';
import { givenFields } from '../../platform/validation/given-fields.js';
import type { SupplierProfileDto } from './supplier-profile.dto.js';
import { owningSupplier } from './supplier-scope.js';
import { Supplier } from '../../shared/model/operations/supplier.entity.js';
import type { UpdateSupplierProfileDto } from './update-supplier-profile.dto.js';

/** The profile of the caller's own organisation (admins name the supplier). */
@Injectable()
export class SupplierProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogPublisher,
  ) {}

  async get(principal: Principal, requested: string | undefined): Promise<SupplierProfileDto> {
    return toProfile(await this.find(owningSupplier(principal, requested)));
  }

  /** Saves the changes; a new name reaches the public catalog entries of the supplier's launches at once. */
  async update(
    principal: Principal,
    requested: string | undefined,
    dto: UpdateSupplierProfileDto,
  ): Promise<SupplierProfileDto> {
    const supplier = await this.find(owningSupplier(principal, requested));
    const renamed = dto.name !== undefined && dto.name !== supplier.name;
    Object.assign(supplier, givenFields(dto));
    try {
      await this.dataSource.getRepository(Supplier).save(supplier);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new FieldRefusalException(409, [
          { field: 'name', code: 'taken', message: `A supplier named ${dto.name} already exists.` },
        ]);
      throw error;
    }
    if (renamed) {
      const launches = await this.dataSource
        .getRepository(Launch)
        .find({ where: { supplierId: supplier.id }, select: { id: true } });
      await this.catalog.publish(launches.map((launch) => launch.id));
    }
    return toProfile(supplier);
  }

  private async find(id: string): Promise<Supplier> {
    const supplier = await this.dataSource.getRepository(Supplier).findOneBy({ id });
    if (!supplier) throw new NotFoundException(`Supplier ${id} was not found.`);
    return supplier;
  }
}

function toProfile(supplier: Supplier): SupplierProfileDto {
  return {
    id: supplier.id,
    name: supplier.name,
    description: supplier.description,
    contactEmail: supplier.contactEmail,
    contactPhone: supplier.contactPhone,
    legalName: supplier.legalName,
    taxId: supplier.taxId,
    legalAddress: supplier.legalAddress,
  };
}
