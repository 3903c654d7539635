import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../platform/security/principal.js';
import { FieldRefusalException, type FieldRefusal } from '../../platform/problem/field-refusal.exception.js';
import { givenFields } from '../../platform/validation/given-fields.js';
import { Rocket } from '../../shared/model/operations/rocket.entity.js';
import { supplierScope } from '../suppliers/supplier-scope.js';
import { CatalogPublisher } from '../catalog-publishing/catalog-publisher.js';
import type { CreateLaunchDto } from './create-launch.dto.js';
import { LaunchAnnouncements } from './launch-announcements.js';
import type { LaunchListQueryDto } from './launch-list-query.dto.js';
import { LaunchStatusChange } from '../../shared/model/operations/launch-status-change.entity.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import type { UpdateLaunchDto } from './update-launch.dto.js';
import { EDITABLE_STATUSES } from '../../shared/rules/launch-status.js';

/**
 * A supplier's launches. Staff read and change only their own organisation's (another one's look missing);
 * every change is projected into the public catalog before the request returns.
 */
@Injectable()
export class LaunchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogPublisher,
    private readonly announcer: LaunchAnnouncements,
  ) {}

  list(principal: Principal, query: LaunchListQueryDto): Promise<Launch[]> {
    const supplierId = readScope(principal) ?? query.supplierId;
    const launches = this.dataSource
      .getRepository(Launch)
      .createQueryBuilder('launch')
      .leftJoinAndSelect('launch.supplier', 'supplier')
      .leftJoinAndSelect('launch.rocket', 'rocket');
    if (supplierId) launches.andWhere('launch.supplierId = :supplierId', { supplierId });
    if (query.status) launches.andWhere('launch.status = :status', { status: query.status });
    if (query.from) launches.andWhere('launch.scheduledAt >= :from', { from: query.from });
    if (query.to) launches.andWhere('launch.scheduledAt < :to', { to: query.to });
    if (query.sort === 'occupancy') {
      launches
        .addSelect('launch.seats_sold::float / launch.seats_total', 'occupancy')
        .orderBy('occupancy', 'ASC');
    }
    return launches.addOrderBy('launch.scheduledAt', 'ASC').addOrderBy('launch.id', 'ASC').getMany();
  }

  async get(principal: Principal, id: string): Promise<Launch> {
    const supplierId = readScope(principal);
    const launch = await this.dataSource.getRepository(Launch).findOne({
      where: { id, ...(supplierId ? { supplierId } : {}) },
      relations: { supplier: true, rocket: true },
    });
    if (!launch) throw notFound(id);
    return launch;
  }

  async history(principal: Principal, id: string): Promise<LaunchStatusChange[]> {
    await this.get(principal, id);
    return this.dataSource
      .getRepository(LaunchStatusChange)
      .find({ where: { launchId: id }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * Schedules a launch on one of the caller's active rockets; it starts its history as `scheduled`, and is
   * announced to customers once it is in the catalog.
   */
  async create(principal: Principal, dto: CreateLaunchDto): Promise<Launch> {
    const id = await this.dataSource.transaction(async (manager) => {
      const supplierId = supplierScope(principal);
      const rocket = await manager.getRepository(Rocket).findOne({
        where: { id: dto.rocketId, ...(supplierId ? { supplierId } : {}) },
        lock: { mode: 'pessimistic_read' },
      });
      if (!rocket) throw new NotFoundException(`Rocket ${dto.rocketId} was not found.`);
      if (rocket.status !== 'active') {
        throw new FieldRefusalException(422, [
          { field: 'rocketId', code: 'retired', message: 'The rocket is retired.' },
        ]);
      }
      const seatsTotal = dto.seatsTotal ?? rocket.capacity;
      FieldRefusalException.throwIfAny(422, [
        pastDate('scheduledAt', dto.scheduledAt),
        ...seatRefusals(seatsTotal, dto.minimumOccupancy, rocket.capacity),
      ]);
      const launch = await manager.save(
        manager.create(Launch, {
          ...dto,
          currency: dto.currency.toUpperCase(),
          supplierId: rocket.supplierId,
          seatsTotal,
          seatsSold: 0,
          status: 'scheduled',
        }),
      );
      await manager.save(
        manager.create(LaunchStatusChange, {
          launchId: launch.id,
          fromStatus: null,
          toStatus: 'scheduled',
          reason: null,
          scheduledAt: launch.scheduledAt,
          actorId: principal.userId,
        }),
      );
      return launch.id;
    });
    await this.catalog.publish([id]);
    await this.announcer.announce(id);
    return this.get(principal, id);
  }

  /**
   * Changes a launch that has not been confirmed yet. The launch row is locked, so seats sold by a booking
   * meanwhile are counted before the seats offered may shrink.
   */
  async update(principal: Principal, id: string, dto: UpdateLaunchDto): Promise<Launch> {
    await this.dataSource.transaction(async (manager) => {
      const launch = await this.lock(manager, principal, id);
      if (!EDITABLE_STATUSES.includes(launch.status)) {
        throw new ConflictException(`A ${launch.status} launch can no longer be edited.`);
      }
      if (dto.scheduledAt) {
        FieldRefusalException.throwIfAny(422, [pastDate('scheduledAt', dto.scheduledAt)]);
        // Customers who bought seats are told of a new date through the `delayed` transition, never silently.
        if (launch.seatsSold > 0 && dto.scheduledAt.getTime() !== launch.scheduledAt.getTime()) {
          throw new FieldRefusalException(409, [
            {
              field: 'scheduledAt',
              code: 'seats-sold',
              message: 'Seats are sold: move the date with a delayed transition instead.',
            },
          ]);
        }
      }
      const seatsTotal = dto.seatsTotal ?? launch.seatsTotal;
      if (seatsTotal < launch.seatsSold) {
        throw new FieldRefusalException(409, [
          {
            field: 'seatsTotal',
            code: 'below-sold',
            message: `${launch.seatsSold} seats are already sold; seatsTotal cannot be lower.`,
          },
        ]);
      }
      const rocket = await manager.getRepository(Rocket).findOneByOrFail({ id: launch.rocketId });
      FieldRefusalException.throwIfAny(
        422,
        seatRefusals(seatsTotal, dto.minimumOccupancy ?? launch.minimumOccupancy, rocket.capacity),
      );
      Object.assign(launch, givenFields(dto), dto.currency ? { currency: dto.currency.toUpperCase() } : {});
      await manager.save(launch);
    });
    await this.catalog.publish([id]);
    return this.get(principal, id);
  }

  /** The launch, locked for update, if the caller may change it. */
  async lock(manager: EntityManager, principal: Principal, id: string): Promise<Launch> {
    const supplierId = supplierScope(principal);
    const launch = await manager.getRepository(Launch).findOne({
      where: { id, ...(supplierId ? { supplierId } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!launch) throw notFound(id);
    return launch;
  }
}

/**
 * Finance, admins and platform API keys (created by an admin, bound to no supplier) read every supplier's
 * launches; everyone else only their own organisation's.
 */
function readScope(principal: Principal): string | undefined {
  const platformKey = principal.via === 'api-key' && !principal.supplierId;
  return principal.roles.includes('finance') || platformKey ? undefined : supplierScope(principal);
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`Launch ${id} was not found.`);
}

function pastDate(field: string, date: Date): FieldRefusal | undefined {
  return date.getTime() <= Date.now()
    ? { field, code: 'in-past', message: 'The launch date must be in the future.' }
    : undefined;
}

function seatRefusals(seatsTotal: number, minimumOccupancy: number, capacity: number): FieldRefusal[] {
  if (seatsTotal > capacity) {
    return [
      {
        field: 'seatsTotal',
        code: 'above-capacity',
        message: `seatsTotal ${seatsTotal} exceeds the rocket's capacity of ${capacity}.`,
      },
    ];
  }
  if (minimumOccupancy > seatsTotal) {
    return [
      {
        field: 'minimumOccupancy',
        code: 'above-seats',
        message: `minimumOccupancy ${minimumOccupancy} exceeds seatsTotal ${seatsTotal}.`,
      },
    ];
  }
  return [];
}
