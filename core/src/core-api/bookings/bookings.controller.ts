import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import {
  BookingIdParamDto,
  CreateHoldDto,
  CustomerPassengersDto,
  CustomerScopeDto,
} from './booking-request.dto.js';
import { AbortedLaunchBookingsDto, BookingDto, BookingListDto, CheckoutDto } from './booking.dto.js';
import { BookingCancellations } from './booking-cancellations.js';
import { BookingsService } from './bookings.service.js';

/** The booking engine, for the Customer API (role `system`), which names the customer from its verified token. */
@ApiTags('bookings')
@Roles('system')
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly cancellations: BookingCancellations,
  ) {}

  @ApiOperation({
    summary:
      'Holds seats for a customer, or returns the booking an earlier request with the same idempotency key made.',
  })
  @Post()
  @ApiCreatedResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409, 422, 429)
  hold(@Body() body: CreateHoldDto): Promise<BookingDto> {
    return this.bookings.hold(body);
  }

  @ApiOperation({ summary: "A customer's bookings, grouped into upcoming, past and cancelled." })
  @Get()
  @ApiOkResponse({ type: BookingListDto })
  @ApiProblemResponses(400)
  list(@Query() query: CustomerScopeDto): Promise<BookingListDto> {
    return this.bookings.list(query.customerId);
  }

  @ApiOperation({ summary: 'One booking of the customer.' })
  @Get(':id')
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404)
  get(@Param() params: BookingIdParamDto, @Query() query: CustomerScopeDto): Promise<BookingDto> {
    return this.bookings.get(params.id, query.customerId);
  }

  @ApiOperation({ summary: 'Names the passengers, one per seat.' })
  @Put(':id/passengers')
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409, 422)
  passengers(@Param() params: BookingIdParamDto, @Body() body: CustomerPassengersDto): Promise<BookingDto> {
    return this.bookings.setPassengers(
      params.id,
      body.customerId,
      body.passengers.map((passenger) => passenger.fullName),
    );
  }

  @ApiOperation({ summary: "Opens the payment provider's checkout for a held booking." })
  @Post(':id/checkout')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckoutDto })
  @ApiProblemResponses(400, 404, 409, 503)
  checkout(@Param() params: BookingIdParamDto, @Body() body: CustomerScopeDto): Promise<CheckoutDto> {
    return this.bookings.checkout(params.id, body.customerId);
  }

  @ApiOperation({
    summary:
      'Cancels every booking of an aborted launch and refunds each paid one in full (after the abort).',
  })
  @Post('launches/:id/cancel-all')
  @HttpCode(200)
  @ApiOkResponse({ type: AbortedLaunchBookingsDto })
  @ApiProblemResponses(400, 404, 409)
  cancelForAbortedLaunch(
    @CurrentPrincipal() principal: Principal,
    @Param() params: BookingIdParamDto,
  ): Promise<AbortedLaunchBookingsDto> {
    return this.cancellations.cancelForAbortedLaunch(params.id, actorOf(principal));
  }

  @ApiOperation({ summary: 'Cancels a booking, frees its seats and refunds what the refund policy grants.' })
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: BookingDto })
  @ApiProblemResponses(400, 404, 409)
  cancel(@Param() params: BookingIdParamDto, @Body() body: CustomerScopeDto): Promise<BookingDto> {
    return this.bookings.cancel(params.id, body.customerId);
  }
}
