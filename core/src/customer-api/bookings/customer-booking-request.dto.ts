import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
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

export class BookingIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
