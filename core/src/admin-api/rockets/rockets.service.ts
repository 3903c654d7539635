import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CatalogPublisher } from '../catalog-publishing/catalog-publisher.js';
import { onlyFutureLaunches } from '../../shared/model/operations/future-launches.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { isForeignKeyViolation } from '../../platform/database/is-foreign-key-violation.js';
import type { Principal } from '../../platform/security/principal.js';
import { givenFields } from '../../platform/validation/given-fields.js';
import { owningSupplier, supplierScope } from '../suppliers/supplier-scope.js';
import type { CreateRocketDto } from './create-rocket.dto.js';
import type { RocketQueryDto } from './rocket-query.dto.js';
import { Rocket } from '../../shared/model/operations/rocket.entity.js';
import type { UpdateRocketDto } from './update-rocket.dto.js';

/** A supplier's fleet; staff touch only their own rockets, and another supplier's look like missing ones. */
@Injectable()
export class RocketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogPublisher,
  ) {}

  list(principal: Principal, query: RocketQueryDto): Promise<Rocket[]> {
    const supplierId = supplierScope(principal) ?? query.supplierId;
    return this.dataSource.getRepository(Rocket).find({
      where: { ...(supplierId ? { supplierId } : {}), ...(query.status ? { status: query.status } : {}) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  get(principal: Principal, id: string): Promise<Rocket> {
    return this.find(this.dataSource.manager, principal, id);
  }

  /** Adds a rocket; the foreign key, not a prior read, tells that an admin named a supplier that does not exist. */
  async create(principal: Principal, dto: CreateRocketDto): Promise<Rocket> {
    const { supplierId, ...fields } = dto;
    const owner = owningSupplier(principal, supplierId);
    const rockets = this.dataSource.getRepository(Rocket);
    try {
      return await rockets.save(
        rockets.create({
          ...fields,
          model: fields.model ?? '',
          photoUrl: fields.photoUrl ?? null,
          status: 'active',
          supplierId: owner,
        }),
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundException(`Supplier ${owner} was not found.`);
      throw error;
    }
  }

  /**
   * Changes a rocket. Lowering its capacity locks the rocket's future launches first, so no booking can sell
   * a seat between the check against seats sold and the launches shrinking to the new capacity.
   */
  async update(principal: Principal, id: string, dto: UpdateRocketDto): Promise<Rocket> {
    const { rocket, launchIds } = await this.dataSource.transaction(async (manager) => {
      const rocket = await this.find(manager, principal, id, true);
      const launches = await onlyFutureLaunches(this.launchesOf(manager, id), 'launch')
        .setLock('pessimistic_write')
        .getMany();
      if (dto.capacity !== undefined) {
        const mostSold = Math.max(0, ...launches.map((launch) => launch.seatsSold));
        if (dto.capacity < mostSold) {
          throw new FieldRefusalException(409, [
            {
              field: 'capacity',
              code: 'below-sold',
              message: `Capacity ${dto.capacity} is below the ${mostSold} seats already sold on a future launch of this rocket.`,
            },
          ]);
        }
        for (const launch of launches.filter((launch) => launch.seatsTotal > dto.capacity!)) {
          await manager.update(Launch, launch.id, {
            seatsTotal: dto.capacity,
            minimumOccupancy: Math.min(launch.minimumOccupancy, dto.capacity),
          });
        }
      }
      Object.assign(rocket, givenFields(dto));
      return { rocket: await manager.save(rocket), launchIds: launches.map((launch) => launch.id) };
    });
    await this.catalog.publish(launchIds);
    return rocket;
  }

  async retire(principal: Principal, id: string): Promise<Rocket> {
    const rocket = await this.get(principal, id);
    rocket.status = 'retired';
    return this.dataSource.getRepository(Rocket).save(rocket);
  }

  /** Deletes a rocket that never flew; one with launches is retired instead, so their history stays. */
  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rocket = await this.find(manager, principal, id, true);
      const future = await onlyFutureLaunches(this.launchesOf(manager, id), 'launch').getCount();
      if (future > 0) {
        throw new ConflictException(`The rocket has ${future} future launch(es); it cannot be deleted.`);
      }
      if ((await this.launchesOf(manager, id).getCount()) > 0) {
        throw new ConflictException(
          'The rocket has flown launches on record; retire it instead of deleting it.',
        );
      }
      await manager.remove(rocket);
    });
  }

  private launchesOf(manager: EntityManager, rocketId: string): SelectQueryBuilder<Launch> {
    return manager
      .getRepository(Launch)
      .createQueryBuilder('launch')
      .where('launch.rocketId = :rocketId', { rocketId });
  }

  private async find(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<Rocket> {
    const supplierId = supplierScope(principal);
    const rocket = await manager.getRepository(Rocket).findOne({
      where: { id, ...(supplierId ? { supplierId } : {}) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!rocket) throw new NotFoundException(`Rocket ${id} was not found.`);
    return rocket;
  }
}
