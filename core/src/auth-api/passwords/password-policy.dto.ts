import { ApiProperty } from '@nestjs/swagger';

export class PasswordPolicyDto {
  @ApiProperty({ type: 'integer', example: 12 })
  minLength: number;

  @ApiProperty()
  requiresMixedCase: boolean;

  @ApiProperty()
  requiresDigit: boolean;
}
