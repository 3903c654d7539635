import { Injectable } from '@nestjs/common';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import type { Principal } from '../../platform/security/principal.js';
import type { LaunchBookingDto, LaunchManifestDto } from './launch-manifest.dto.js';
import { LaunchesService } from './launches.service.js';
import { toCsv } from './to-csv.js';

/** A launch's bookings and passenger manifest, for its supplier (read from the bookings tables). */
@Injectable()
export class LaunchManifestService {
  constructor(
    private readonly bookingRepository: BookingRepository,
    private readonly launches: LaunchesService,
  ) {}

  async bookings(principal: Principal, launchId: string): Promise<LaunchBookingDto[]> {
    await this.launches.get(principal, launchId);
    const bookings = await this.bookingRepository.onLaunch(launchId, ['held', 'confirmed', 'cancelled']);
    return bookings.map((booking) => ({
      id: booking.id,
      customerEmail: booking.customerEmail,
      seats: booking.seats,
      status: booking.status,
      amountMinor: booking.amountMinor,
      currency: booking.currency,
      passengers: (booking.passengers ?? []).map(({ seatNumber, fullName }) => ({ seatNumber, fullName })),
      createdAt: booking.createdAt.toISOString(),
    }));
  }

  async manifest(principal: Principal, launchId: string): Promise<LaunchManifestDto> {
    const launch = await this.launches.get(principal, launchId);
    const passengers = (await this.bookingRepository.onLaunch(launchId, ['confirmed'])).flatMap((booking) =>
      (booking.passengers ?? []).map((passenger) => ({
        fullName: passenger.fullName,
        bookingId: booking.id,
        customerEmail: booking.customerEmail,
      })),
    );
    return {
      launchId,
      missionName: launch.missionName,
      scheduledAt: launch.scheduledAt.toISOString(),
      passengers: passengers.map((passenger, index) => ({ seat: index + 1, ...passenger })),
    };
  }

  async manifestCsv(principal: Principal, launchId: string): Promise<string> {
    const { passengers } = await this.manifest(principal, launchId);
    return toCsv([
      ['seat', 'full_name', 'booking_id', 'customer_email'],
      ...passengers.map((p) => [p.seat, p.fullName, p.bookingId, p.customerEmail]),
    ]);
  }
}
