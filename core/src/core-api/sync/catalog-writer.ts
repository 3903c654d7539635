import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { CatalogLaunch } from '../../shared/model/customer-db/catalog-launch.schema.js';

/** What projecting one launch did to its catalog entry. */
export type CatalogEntryChange = 'created' | 'modified' | 'unchanged' | 'removed';

export interface CatalogWriteResult {
  upserted: number;
  modified: number;
  removed: number;
}

/** Makes the catalog equal to a given set of entries: upserts each one, removes every other entry. */
@Injectable()
export class CatalogWriter {
  constructor(@InjectModel(CatalogLaunch.name, CUSTOMER_DB) private readonly catalog: Model<CatalogLaunch>) {}

  async replaceAll(entries: CatalogLaunch[]): Promise<CatalogWriteResult> {
    let upserted = 0;
    let modified = 0;
    if (entries.length > 0) {
      const result = await this.catalog.bulkWrite(
        entries.map((entry) => ({
          updateOne: { filter: { launchId: entry.launchId }, update: { $set: entry }, upsert: true },
        })),
        { ordered: false },
      );
      upserted = result.upsertedCount;
      modified = result.modifiedCount;
    }
    const removal = await this.catalog.deleteMany({
      launchId: { $nin: entries.map((entry) => entry.launchId) },
    });
    return { upserted, modified, removed: removal.deletedCount };
  }

  /** Creates or updates one entry, leaving every other entry alone. */
  async upsertOne(entry: CatalogLaunch): Promise<CatalogEntryChange> {
    const result = await this.catalog.updateOne(
      { launchId: entry.launchId },
      { $set: entry },
      { upsert: true },
    );
    if (result.upsertedCount > 0) return 'created';
    return result.modifiedCount > 0 ? 'modified' : 'unchanged';
  }

  async removeOne(launchId: string): Promise<CatalogEntryChange> {
    const removal = await this.catalog.deleteOne({ launchId });
    return removal.deletedCount > 0 ? 'removed' : 'unchanged';
  }
}
