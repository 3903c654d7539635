import { ApiProperty } from '@nestjs/swagger';

/** The body of a simulated gateway webhook, signed in the `x-simulated-signature` header. */
export class PaymentEventDto {
  @ApiProperty({ example: 'evt_7f1c…' })
  id: string;

  @ApiProperty({ enum: ['payment.succeeded'] })
  type: 'payment.succeeded';

  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty()
  amount: number;

  @ApiProperty({ example: 'USD' })
  currency: string;
}

export class WebhookReceiptDto {
  @ApiProperty({ description: 'True when this event had been received before and changed nothing.' })
  duplicate: boolean;
}
