import { Injectable } from '@nestjs/common';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { BookingCancellations } from '../bookings/booking-cancellations.js';
import type { AbortedLaunchSweepDto } from '../bookings/booking.dto.js';

/**
 * Finishes what an abort left undone: cancels and refunds the bookings still active on aborted launches (Admin
 * API asks at the abort, but Core API may have been unreachable then).
 */
@Injectable()
export class AbortRefundsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly cancellations: BookingCancellations,
  ) {}

  async sweep(actor: string): Promise<AbortedLaunchSweepDto> {
    const launches = await this.bookings.abortedLaunchesWithActiveBookings();
    let cancelled = 0;
    for (const id of launches) {
      cancelled += (await this.cancellations.cancelForAbortedLaunch(id, actor)).cancelled;
    }
    return { launches: launches.length, cancelled };
  }
}
