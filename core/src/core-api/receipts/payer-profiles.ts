import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Model } from 'mongoose';
import type { DataSource } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { CustomerProfile } from '../../shared/model/customer-db/customer-profile.schema.js';
import { publishedBillingAddress } from '../../shared/model/customer-db/billing-address.js';
import type { Payer, PayerLookup } from './payer.js';

/**
 * Reads payers from the Customer DB before the transaction that moves money: a Mongo read inside it would hold
 * the booking's row lock for as long as another database takes to answer.
 */
@Injectable()
export class PayerProfiles {
  constructor(
    @InjectModel(CustomerProfile.name, CUSTOMER_DB) private readonly profiles: Model<CustomerProfile>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The payer of a booking named by a provider's event, which may name no booking at all. */
  async ofBooking(bookingId: string): Promise<PayerLookup> {
    if (!isUUID(bookingId)) return () => undefined;
    const rows = await queryRows<{ customer_id: string }>(
      this.dataSource.manager,
      `SELECT customer_id FROM bookings WHERE id = $1`,
      [bookingId],
    );
    return this.of(rows.map((row) => row.customer_id));
  }

  /** The payers of the bookings still active on a launch, which an abort refunds. */
  async ofLaunch(launchId: string): Promise<PayerLookup> {
    if (!isUUID(launchId)) return () => undefined;
    const rows = await queryRows<{ customer_id: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT customer_id FROM bookings WHERE launch_id = $1 AND status IN ('held', 'confirmed')`,
      [launchId],
    );
    return this.of(rows.map((row) => row.customer_id));
  }

  async of(customerIds: readonly string[]): Promise<PayerLookup> {
    const ids = [...new Set(customerIds)];
    const found =
      ids.length === 0
        ? []
        : await this.profiles
            .find({ _id: { $in: ids } }, { fullName: 1, taxId: 1, billingAddress: 1 })
            .lean()
            .exec();
    const payers = new Map<string, Payer>(
      found.map((profile) => [
        profile._id,
        {
          name: profile.fullName,
          taxId: profile.taxId,
          billingAddress: profile.billingAddress ? publishedBillingAddress(profile.billingAddress) : null,
        },
      ]),
    );
    return (customerId) => payers.get(customerId);
  }
}
