import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { CatalogSeats } from '../seats/catalog-seats.js';
import type { SeatCount } from '../seats/seat-count.js';
import { SeatLedger } from '../seats/seat-ledger.js';

/** Releases the seats of every hold nobody paid in time and shows them in the catalog again. */
@Injectable()
export class HoldExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly seats: SeatLedger,
    private readonly catalogSeats: CatalogSeats,
    private readonly systemLogs: SystemLogsService,
  ) {}

  /** One transaction, so a hold is either still held (and may be paid) or expired with its seats released. */
  async expire(actor: string): Promise<number> {
    const { expired, counts } = await this.dataSource.transaction(async (manager) => {
      const perLaunch = await this.bookings.expireHolds(manager);
      const counts: SeatCount[] = [];
      for (const { launchId, seats } of perLaunch) {
        counts.push(await this.seats.releaseSeats(manager, launchId, seats));
      }
      return { expired: perLaunch.reduce((sum, { bookings }) => sum + bookings, 0), counts };
    });
    for (const count of counts) await this.catalogSeats.publish(count);
    if (expired > 0) await this.systemLogs.record('booking.holds-expired', actor, { expired });
    return expired;
  }
}
