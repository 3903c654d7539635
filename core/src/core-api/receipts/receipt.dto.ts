import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECEIPT_KINDS, type ReceiptKind } from '../../shared/model/operations/receipt.entity.js';

export class BillingAddressDto {
  @ApiProperty()
  line1: string;

  @ApiPropertyOptional()
  line2?: string;

  @ApiProperty()
  postalCode: string;

  @ApiProperty()
  city: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2.', example: 'ES' })
  country: string;
}

/** A receipt as it was issued: the payer and the launch as they were when the money moved. */
export class ReceiptDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'RC-2027-000001' })
  number: string;

  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ enum: RECEIPT_KINDS, enumName: 'ReceiptKind' })
  kind: ReceiptKind;

  @ApiProperty({ type: 'integer', description: 'In minor units of the currency (cents).' })
  amountMinor: number;

  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty()
  payerName: string;

  @ApiProperty()
  payerEmail: string;

  @ApiProperty({ description: 'Empty when the payer had none.' })
  payerTaxId: string;

  @ApiProperty({ type: BillingAddressDto, nullable: true })
  payerBillingAddress: BillingAddressDto | null;

  @ApiProperty()
  missionName: string;

  @ApiProperty({ format: 'date-time' })
  launchScheduledAt: string;

  @ApiProperty({ type: 'integer' })
  seats: number;

  @ApiProperty({ description: "The payment provider's reference of the charge or refund." })
  paymentReference: string;
}

export class ReceiptListDto {
  @ApiProperty({ type: [ReceiptDto], description: 'Oldest first.' })
  items: ReceiptDto[];
}
