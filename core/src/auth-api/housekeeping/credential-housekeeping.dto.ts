import { ApiProperty } from '@nestjs/swagger';

/** What one housekeeping pass deleted from the Core DB, per collection. */
export class CredentialHousekeepingDto {
  @ApiProperty({ type: 'integer', description: 'Refresh tokens expired for more than the grace period.' })
  refreshTokens: number;

  @ApiProperty({
    type: 'integer',
    description:
      'Email tokens (verification, reset, invitation, session code) expired for more than the grace period.',
  })
  emailTokens: number;

  @ApiProperty({ type: 'integer', description: 'Use claims of the deleted refresh and email tokens.' })
  tokenClaims: number;

  @ApiProperty({
    type: 'integer',
    description:
      'Sessions revoked for more than the grace period, or older than it with no refresh token left.',
  })
  sessions: number;
}
