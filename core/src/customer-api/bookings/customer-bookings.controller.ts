import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BookingIdParamDto, CreateBookingDto, SetPassengersDto } from './customer-booking-request.dto.js';
import { BookingDto, BookingListDto, CheckoutDto } from './customer-booking.dto.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { BookingLimit } from './booking-limit.guard.js';
import { CustomerBookingsService } from './customer-bookings.service.js';
import { IDEMPOTENCY_KEY_HEADER, requireIdempotencyKey } from './idempotency-key.js';

@ApiTags('bookings')
@Roles('customer')
@Controller('bookings')
export class CustomerBookingsController {
  constructor(private readonly bookings: CustomerBookingsService) {}

  @ApiOperation({
    summary:
      'Holds seats on a launch for a limited time. A retry with the same Idempotency-Key returns the same booking.',
  })
  @Post()
  @BookingLimit('hold')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'A unique key per booking attempt (a UUID).',
  })
  @ApiCreatedResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409, 422, 429)
  create(
    @CurrentPrincipal() principal: Principal,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Body() body: CreateBookingDto,
  ): Promise<BookingDto> {
    return this.bookings.create(principal, body, requireIdempotencyKey(idempotencyKey));
  }

  @ApiOperation({ summary: 'My bookings: upcoming, past and cancelled.' })
  @Get()
  @ApiOkResponse({ type: BookingListDto })
  list(@CurrentPrincipal() principal: Principal): Promise<BookingListDto> {
    return this.bookings.list(principal);
  }

  @ApiOperation({ summary: 'One of my bookings, with its refund policy.' })
  @Get(':id')
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: BookingIdParamDto): Promise<BookingDto> {
    return this.bookings.get(principal, params.id);
  }

  @ApiOperation({ summary: 'Names the passengers of a booking, one per seat.' })
  @Put(':id/passengers')
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409, 422)
  passengers(
    @CurrentPrincipal() principal: Principal,
    @Param() params: BookingIdParamDto,
    @Body() body: SetPassengersDto,
  ): Promise<BookingDto> {
    return this.bookings.setPassengers(
      principal,
      params.id,
      body.passengers.map((passenger) => passenger.fullName),
    );
  }

  @ApiOperation({
    summary: 'Starts paying a held booking: the URL of the payment page to send the browser to.',
  })
  @Post(':id/checkout')
  @BookingLimit('checkout')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckoutDto })
  @ApiProblemResponses(400, 404, 409, 429, 503)
  checkout(
    @CurrentPrincipal() principal: Principal,
    @Param() params: BookingIdParamDto,
  ): Promise<CheckoutDto> {
    return this.bookings.checkout(principal, params.id);
  }

  @ApiOperation({ summary: 'Cancels a booking before its launch; the refund follows the refund policy.' })
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409)
  cancel(@CurrentPrincipal() principal: Principal, @Param() params: BookingIdParamDto): Promise<BookingDto> {
    return this.bookings.cancel(principal, params.id);
  }
}
