import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import type { CreateBookingDto } from './customer-booking-request.dto.js';
import type { BookingDto, BookingListDto, CheckoutDto } from './customer-booking.dto.js';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import type { Principal } from '../../platform/security/principal.js';
import { coreApiResult } from './core-api-result.js';

/** A customer's bookings, through Core API's booking engine; the customer is always the token's subject. */
@Injectable()
export class CustomerBookingsService {
  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  create(customer: Principal, request: CreateBookingDto, idempotencyKey: string): Promise<BookingDto> {
    return coreApiResult(
      this.coreApi.POST('/bookings', {
        body: {
          launchId: request.launchId,
          seats: request.seats,
          customerId: customer.userId,
          customerEmail: customer.email ?? '',
          idempotencyKey,
        },
      }),
    );
  }

  list(customer: Principal): Promise<BookingListDto> {
    return coreApiResult(
      this.coreApi.GET('/bookings', { params: { query: { customerId: customer.userId } } }),
    );
  }

  get(customer: Principal, id: string): Promise<BookingDto> {
    return coreApiResult(
      this.coreApi.GET('/bookings/{id}', {
        params: { path: { id }, query: { customerId: customer.userId } },
      }),
    );
  }

  setPassengers(customer: Principal, id: string, fullNames: string[]): Promise<BookingDto> {
    return coreApiResult(
      this.coreApi.PUT('/bookings/{id}/passengers', {
        params: { path: { id } },
        body: { customerId: customer.userId, passengers: fullNames.map((fullName) => ({ fullName })) },
      }),
    );
  }

  checkout(customer: Principal, id: string): Promise<CheckoutDto> {
    return coreApiResult(
      this.coreApi.POST('/bookings/{id}/checkout', {
        params: { path: { id } },
        body: { customerId: customer.userId },
      }),
    );
  }

  cancel(customer: Principal, id: string): Promise<BookingDto> {
    return coreApiResult(
      this.coreApi.POST('/bookings/{id}/cancel', {
        params: { path: { id } },
        body: { customerId: customer.userId },
      }),
    );
  }
}
