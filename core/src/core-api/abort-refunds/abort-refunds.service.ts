import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AbortedLaunchSweepDto } from '../bookings/booking.dto.js';
import { BookingsService } from '../bookings/bookings.service.js';

/**
 * Finishes what an abort left undone: cancels and refunds the bookings still active on aborted launches (Admin
 * API asks at the abort, but Core API may have been unreachable then).
 */
@Injectable()
export class AbortRefundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingsService,
  ) {}

  async sweep(actor: string): Promise<AbortedLaunchSweepDto> {
    const launches = (await this.dataSource.query(
      `SELECT DISTINCT b.launch_id AS id FROM bookings b JOIN launches l ON l.id = b.launch_id
       WHERE l.status = 'aborted' AND b.status IN ('held', 'confirmed')`,
    )) as Array<{ id: string }>;
    let cancelled = 0;
    for (const { id } of launches) {
      cancelled += (await this.bookings.cancelForAbortedLaunch(id, actor)).cancelled;
    }
    return { launches: launches.length, cancelled };
  }
}
