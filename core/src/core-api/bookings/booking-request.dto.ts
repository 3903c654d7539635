import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IDEMPOTENCY_KEY_PATTERN } from '../../platform/http/idempotency-key-pattern.js';
import { VIP_MAX_SEATS } from '../../shared/rules/seat-limit.js';

/** What a customer asks for; the per-customer seat limit (4, VIP 6) is checked by the booking engine. */
export class CreateBookingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  launchId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: VIP_MAX_SEATS, example: 2 })
  @IsInt()
  @Min(1)
  @Max(VIP_MAX_SEATS)
  seats: number;
}

/** A hold placed for a customer by the Customer API, which read the customer from the verified token. */
export class CreateHoldDto extends CreateBookingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId: string;

  @ApiProperty({ format: 'email' })
  @IsEmail()
  customerEmail: string;

  @ApiProperty({ pattern: IDEMPOTENCY_KEY_PATTERN.source })
  @Matches(IDEMPOTENCY_KEY_PATTERN)
  idempotencyKey: string;
}

export class PassengerInputDto {
  @ApiProperty({ example: 'Ada Lovelace', minLength: 2, maxLength: 120 })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName: string;
}

/** One name per booked seat, in seat order. */
export class SetPassengersDto {
  @ApiProperty({ type: [PassengerInputDto], minItems: 1 })
  @ValidateNested({ each: true })
  @Type(() => PassengerInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(VIP_MAX_SEATS)
  passengers: PassengerInputDto[];
}

/** Names the customer on whose behalf a service acts; bookings of other customers stay invisible. */
export class CustomerScopeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId: string;
}

export class CustomerPassengersDto extends SetPassengersDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId: string;
}

export class BookingIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
