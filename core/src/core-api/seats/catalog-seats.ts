import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CatalogLaunch } from '../../shared/model/customer-db/catalog-launch.schema.js';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import type { SeatCount } from './seat-count.js';

/**
 * Shows a launch's new seat count in the public catalog at once. Writes race when bookings run in parallel, so
 * each carries the launch's seat version and an older count never replaces a newer one. A failure only logs:
 * the booking stands, and the scheduled catalog sync repairs the drift.
 */
@Injectable()
export class CatalogSeats {
  private readonly logger = new Logger(CatalogSeats.name);

  constructor(@InjectModel(CatalogLaunch.name, CUSTOMER_DB) private readonly catalog: Model<CatalogLaunch>) {}

  async publish(count: SeatCount): Promise<void> {
    try {
      // The raw collection, because `seatsVersion` is bookkeeping the catalog schema does not publish.
      await this.catalog.collection.updateOne(
        {
          launchId: count.launchId,
          $or: [{ seatsVersion: { $exists: false } }, { seatsVersion: { $lt: count.seatsVersion } }],
        },
        {
          $set: {
            seatsAvailable: Math.max(0, count.seatsTotal - count.seatsSold),
            seatsVersion: count.seatsVersion,
          },
        },
      );
    } catch (error) {
      this.logger.warn(
        `catalog seats of ${count.launchId}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
