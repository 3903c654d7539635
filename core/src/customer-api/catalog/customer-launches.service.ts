import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CatalogLaunch } from '../../shared/model/customer-db/catalog-launch.schema.js';
import { BOOKABLE_STATUSES } from '../../shared/rules/launch-status.js';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import type { CatalogLaunchDto, CatalogLaunchPageDto } from './catalog-launch.dto.js';
import type { LaunchSearchQueryDto } from './launch-search-query.dto.js';
import { toCatalogLaunchDto } from './to-catalog-launch-dto.js';

export type LaunchSearch = Omit<LaunchSearchQueryDto, 'limit' | 'offset'>;

/** Reads the public catalog: only launches still ahead, in a bookable status, with seats left. */
@Injectable()
export class CustomerLaunchesService {
  constructor(@InjectModel(CatalogLaunch.name, CUSTOMER_DB) private readonly catalog: Model<CatalogLaunch>) {}

  async upcoming(limit: number, offset: number, search: LaunchSearch = {}): Promise<CatalogLaunchPageDto> {
    const bookable = this.bookableFilter();
    const filter = {
      ...bookable,
      ...searchFilter(search),
      scheduledAt: { ...bookable.scheduledAt, ...dateRange(search) },
    };
    const [entries, total] = await Promise.all([
      this.catalog.find(filter).sort({ scheduledAt: 1, launchId: 1 }).skip(offset).limit(limit).lean().exec(),
      this.catalog.countDocuments(filter).exec(),
    ]);
    return { items: entries.map(toCatalogLaunchDto), total };
  }

  /** The destinations of bookable launches, alphabetically: what a visitor can filter by. */
  async destinations(): Promise<string[]> {
    const values = await this.catalog.distinct('destination', this.bookableFilter()).exec();
    return values.sort((a, b) => a.localeCompare(b, 'en'));
  }

  async byId(id: string): Promise<CatalogLaunchDto> {
    const entry = await this.catalog.findOne({ launchId: id }).lean().exec();
    if (!entry) throw new NotFoundException(`Launch ${id} is not in the catalog.`);
    return toCatalogLaunchDto(entry);
  }

  private bookableFilter() {
    return {
      status: { $in: [...BOOKABLE_STATUSES] },
      scheduledAt: { $gt: new Date() },
      seatsAvailable: { $gt: 0 },
    };
  }
}

/** Only operators FerretDB shares with MongoDB: equality, $gte/$lte on one field each. */
function searchFilter(search: LaunchSearch): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (search.destination !== undefined) filter['destination'] = search.destination;
  const price = {
    ...(search.minPriceMinor === undefined ? {} : { $gte: search.minPriceMinor }),
    ...(search.maxPriceMinor === undefined ? {} : { $lte: search.maxPriceMinor }),
  };
  if (Object.keys(price).length > 0) filter['pricePerSeatMinor'] = price;
  if (search.minSeats !== undefined) filter['seatsAvailable'] = { $gte: search.minSeats };
  return filter;
}

function dateRange(search: LaunchSearch): Record<string, Date> {
  return {
    ...(search.from === undefined ? {} : { $gte: new Date(search.from) }),
    ...(search.to === undefined ? {} : { $lte: new Date(search.to) }),
  };
}
