import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import type { DataSource, EntityManager } from 'typeorm';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { BookingCancellations } from './booking-cancellations.js';
import type { CreateHoldDto } from './booking-request.dto.js';
import type { BookingDto, BookingListDto, CheckoutDto } from './booking.dto.js';
import { Booking } from '../../shared/model/operations/booking.entity.js';
import { CatalogSeats } from '../seats/catalog-seats.js';
import { requestFingerprint } from './request-fingerprint.js';
import { isVip, MAX_SEATS, maxSeatsPerBooking, VIP_MAX_SEATS } from '../../shared/rules/seat-limit.js';
import type { SeatCount } from '../seats/seat-count.js';
import { SeatLedger } from '../seats/seat-ledger.js';
import { toBookingDto } from './to-booking-dto.js';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import type { BookingWithLaunch } from '../../shared/repositories/booking-with-launch.js';
import { ConfirmedTripsRepository } from '../../shared/repositories/confirmed-trips.repository.js';
import { CustomerHoldsRepository } from '../../shared/repositories/customer-holds.repository.js';
import type { NewHold } from '../../shared/repositories/new-hold.js';
import { isUniqueViolation } from '../../platform/database/is-unique-violation.js';
import { HoldLimits } from './hold-limits.js';

/** Thrown inside the hold transaction when a concurrent request with the same key won the unique constraint. */
class IdempotencyRace extends Error {}

/** Thrown inside the hold transaction when the one-hold-per-launch index refused the new hold. */
class LaunchAlreadyHeld extends Error {}

const ONE_HOLD_PER_LAUNCH = 'bookings_one_hold_per_customer_launch';

/** The booking engine: holds seats, names passengers, takes payment through the provider, cancels with refunds. */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly confirmedTrips: ConfirmedTripsRepository,
    private readonly customerHolds: CustomerHoldsRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly seats: SeatLedger,
    private readonly cancellations: BookingCancellations,
    private readonly catalogSeats: CatalogSeats,
    private readonly systemLogs: SystemLogsService,
    private readonly limits: HoldLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Places a hold, or returns the booking an earlier request with the same Idempotency-Key created. Seats are
   * taken by one conditional UPDATE inside the transaction that inserts the booking; when two requests with the
   * same key race, the unique (customer, key) constraint rejects the second, whose transaction then rolls back
   * (giving its seats back) and answers with the first one's booking. The customer's hold limits are checked in
   * the same transaction, under the customer's lock.
   */
  async hold(request: CreateHoldDto): Promise<BookingDto> {
    const fingerprint = requestFingerprint(request);
    const earlier = await this.bookings.findByIdempotencyKey(request.customerId, request.idempotencyKey);
    if (earlier) return this.replay(earlier, fingerprint);
    try {
      const { id, count } = await this.dataSource.transaction((manager) =>
        this.placeHold(manager, request, fingerprint),
      );
      await this.catalogSeats.publish(count);
      await this.systemLogs.record('booking.held', `user:${request.customerId}`, {
        bookingId: id,
        launchId: request.launchId,
        seats: request.seats,
      });
      return this.get(id, request.customerId);
    } catch (error) {
      if (error instanceof LaunchAlreadyHeld) {
        throw await this.limits.alreadyHeld(request.customerId, request.launchId);
      }
      if (!(error instanceof IdempotencyRace)) throw error;
      const winner = await this.bookings.findByIdempotencyKey(request.customerId, request.idempotencyKey);
      return this.replay(winner!, fingerprint);
    }
  }

  async get(id: string, customerId: string): Promise<BookingDto> {
    return toBookingDto(await this.load(id, customerId), new Date());
  }

  /** The customer's bookings: cancelled or expired ones, launches flown, and the rest (soonest first). */
  async list(customerId: string): Promise<BookingListDto> {
    const bookings = await this.bookings.listForCustomer(customerId);
    const now = new Date();
    const confirmed = await this.confirmedTrips.count(customerId);
    const list: BookingListDto = {
      upcoming: [],
      past: [],
      cancelled: [],
      vip: isVip(confirmed),
      maxSeatsPerBooking: maxSeatsPerBooking(confirmed),
      seatLimits: { standard: MAX_SEATS, vip: VIP_MAX_SEATS },
    };
    for (const booking of bookings) {
      const dto = toBookingDto(booking, now);
      if (booking.status === 'cancelled' || booking.status === 'expired') list.cancelled.push(dto);
      else if (new Date(booking.launch.scheduledAt) <= now) list.past.push(dto);
      else list.upcoming.push(dto);
    }
    return list;
  }

  /** Names the passengers, one per seat; possible until the launch as long as the booking is active. */
  async setPassengers(id: string, customerId: string, names: string[]): Promise<BookingDto> {
    await this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, id, customerId);
      if (booking.status !== 'held' && booking.status !== 'confirmed') {
        throw new ConflictException(`Booking ${id} is ${booking.status}; its passengers cannot change.`);
      }
      if (names.length !== booking.seats) {
        throw new UnprocessableEntityException(
          `Booking ${id} has ${booking.seats} seat(s): name exactly ${booking.seats} passenger(s).`,
        );
      }
      await this.bookings.replacePassengers(
        manager,
        id,
        names.map((name) => name.trim()),
      );
    });
    return this.get(id, customerId);
  }

  /** Opens the provider's checkout for a held booking whose passengers are named. */
  async checkout(id: string, customerId: string): Promise<CheckoutDto> {
    const booking = await this.load(id, customerId);
    if (booking.status !== 'held' || new Date(booking.holdExpiresAt) <= new Date()) {
      throw new ConflictException(`Booking ${id} is not an active hold; it cannot be paid.`);
    }
    if ((booking.passengers?.length ?? 0) !== booking.seats) {
      throw new ConflictException(`Name every passenger of booking ${id} before paying.`);
    }
    return this.provider.createCheckout({
      bookingId: id,
      amountMinor: booking.amountMinor,
      currency: booking.currency,
    });
  }

  /** Cancels an active booking before its launch, then answers with the booking as it now is. */
  async cancel(id: string, customerId: string): Promise<BookingDto> {
    await this.cancellations.cancel(id, customerId);
    return this.get(id, customerId);
  }

  private async placeHold(
    manager: EntityManager,
    request: CreateHoldDto,
    fingerprint: string,
  ): Promise<{ id: string; count: SeatCount }> {
    await this.limits.lock(manager, request.customerId);
    // A request with the same key may have committed while this one waited for the lock.
    if (await this.bookings.findByIdempotencyKey(request.customerId, request.idempotencyKey, manager)) {
      throw new IdempotencyRace();
    }
    await this.limits.checkCooldown(manager, request.customerId);
    const maxSeats = maxSeatsPerBooking(await this.confirmedTrips.count(request.customerId, manager));
    if (request.seats > maxSeats) {
      throw new FieldRefusalException(422, [
        { field: 'seats', code: 'above-limit', message: `A booking may take at most ${maxSeats} seats.` },
      ]);
    }
    const runOut = await this.customerHolds.expireRunOutHold(manager, request.customerId, request.launchId);
    if (runOut > 0) await this.seats.releaseSeats(manager, request.launchId, runOut);
    await this.limits.checkCeiling(manager, request.customerId, request.seats);
    const count = await this.seats.takeSeats(manager, request.launchId, request.seats);
    if (!count) throw await this.notBookable(manager, request);
    const id = await this.insertHold(manager, {
      launchId: request.launchId,
      customerId: request.customerId,
      customerEmail: request.customerEmail.toLowerCase(),
      seats: request.seats,
      holdMinutes: this.config.payments.holdMinutes,
      amountMinor: count.pricePerSeatMinor * request.seats,
      currency: count.currency,
      idempotencyKey: request.idempotencyKey,
      requestHash: fingerprint,
    });
    if (!id) throw new IdempotencyRace();
    return { id, count };
  }

  private async insertHold(manager: EntityManager, hold: NewHold): Promise<string | undefined> {
    try {
      return await this.bookings.insertHold(manager, hold);
    } catch (error) {
      if (isUniqueViolation(error, ONE_HOLD_PER_LAUNCH)) throw new LaunchAlreadyHeld();
      throw error;
    }
  }

  /** Why the seats could not be taken: no such launch (404), or not bookable / not enough seats left (409). */
  private async notBookable(manager: EntityManager, request: CreateHoldDto): Promise<Error> {
    const launch = await manager.findOneBy(Launch, { id: request.launchId });
    if (!launch) return new NotFoundException(`Launch ${request.launchId} does not exist.`);
    const left = launch.seatsTotal - launch.seatsSold;
    if (left >= request.seats) {
      return new ConflictException(`Launch ${request.launchId} is not open for booking (${launch.status}).`);
    }
    return new ConflictException(
      `Not enough seats left on launch ${request.launchId}: ${request.seats} requested, ${Math.max(0, left)} left.`,
    );
  }

  private async replay(booking: Booking, fingerprint: string): Promise<BookingDto> {
    if (booking.requestHash !== fingerprint) {
      throw new UnprocessableEntityException(
        'This Idempotency-Key was already used for a different booking request.',
      );
    }
    return this.get(booking.id, booking.customerId);
  }

  private async load(id: string, customerId: string): Promise<BookingWithLaunch> {
    const booking = await this.bookings.findForCustomer(id, customerId);
    if (!booking) throw new NotFoundException(`Booking ${id} does not exist.`);
    return booking;
  }

  /** The customer's booking, row-locked for the rest of the transaction. */
  private async lock(manager: EntityManager, id: string, customerId: string): Promise<Booking> {
    const booking = await this.bookings.lockForCustomer(manager, id, customerId);
    if (!booking) throw new NotFoundException(`Booking ${id} does not exist.`);
    return booking;
  }
}
