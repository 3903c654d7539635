import { ApiProperty } from '@nestjs/swagger';
import { RELIABLE_MIN_SUCCESSES, RELIABLE_RECENT_WINDOW } from '../../shared/rules/supplier-reliability.js';

export class SupplierReliabilityDto {
  @ApiProperty({
    description: `Reliable = at least ${RELIABLE_MIN_SUCCESSES} successful flights and no failure among the latest ${RELIABLE_RECENT_WINDOW}.`,
  })
  reliable: boolean;

  @ApiProperty({ type: 'integer' })
  successfulFlights: number;

  @ApiProperty({ type: 'integer' })
  failedFlights: number;

  @ApiProperty({
    type: 'integer',
    description: `Failures among the latest ${RELIABLE_RECENT_WINDOW} flights.`,
  })
  recentFailures: number;

  @ApiProperty({
    type: 'integer',
    description: 'The fee rate on its next successful launch, in basis points.',
  })
  feeBasisPoints: number;
}
