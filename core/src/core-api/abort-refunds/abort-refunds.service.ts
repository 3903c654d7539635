import { Injectable } from '@nestjs/common';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import type { AbortedLaunchSweepDto } from '../bookings/booking.dto.js';
import { BookingsService } from '../bookings/bookings.service.js';

/**
 * Finishes what an abort left undone: cancels and refunds the bookings still active on aborted launches (Admin
 * API asks at the abort, but Core API may have been unreachable then).
 */
@Injectable()
export class AbortRefundsService {
  constructor(
    private readonly bookingRecords: BookingRepository,
    private readonly bookings: BookingsService,
  ) {}

  async sweep(actor: string): Promise<AbortedLaunchSweepDto> {
    const launches = await this.bookingRecords.abortedLaunchesWithActiveBookings();
    let cancelled = 0;
    for (const id of launches) {
      cancelled += (await this.bookings.cancelForAbortedLaunch(id, actor)).cancelled;
    }
    return { launches: launches.length, cancelled };
  }
}
