import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogSeats } from '../bookings/catalog-seats.js';
import { expireHolds } from '../bookings/seat-ledger.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';

/** Releases the seats of every hold nobody paid in time and shows them in the catalog again. */
@Injectable()
export class HoldExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogSeats: CatalogSeats,
    private readonly systemLogs: SystemLogsService,
  ) {}

  async expire(actor: string): Promise<number> {
    const { expired, counts } = await this.dataSource.transaction((manager) => expireHolds(manager));
    for (const count of counts) await this.catalogSeats.publish(count);
    if (expired > 0) await this.systemLogs.record('booking.holds-expired', actor, { expired });
    return expired;
  }
}
