import { ApiProperty } from '@nestjs/swagger';

/** The body of a simulated gateway webhook, signed in the `x-simulated-signature` header. */
export class PaymentEventDto {
  @ApiProperty({ example: 'evt_7f1c…' })
  id: string;

  @ApiProperty({ enum: ['payment.succeeded'] })
  type: 'payment.succeeded';

  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ format: 'uuid', description: 'The checkout session that was paid.' })
  sessionId: string;

  @ApiProperty({ type: 'integer', description: 'What was taken, in minor units (cents).', example: 246900 })
  amount: number;

  @ApiProperty({ example: 'USD' })
  currency: string;
}

/**
 * What the event did. A rejected payment (amount, currency or session not the booking's) and one for a booking no
 * longer held are refunded; either way the event is settled, so it is acknowledged and not to be sent again.
 */
export const WEBHOOK_OUTCOMES = ['confirmed', 'refunded', 'rejected', 'duplicate'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export class WebhookReceiptDto {
  @ApiProperty({ description: 'True when this event had been received before and changed nothing.' })
  duplicate: boolean;

  @ApiProperty({ enum: WEBHOOK_OUTCOMES })
  outcome: WebhookOutcome;
}
