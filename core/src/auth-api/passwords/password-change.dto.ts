import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MeetsPasswordPolicy } from './meets-password-policy.decorator.js';

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token from the reset link.', minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  token: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 256,
    description: 'Mixes lower and upper case letters and has a digit (GET /auth/password-policy).',
  })
  @MeetsPasswordPolicy()
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', minLength: 1, maxLength: 256 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 256,
    description: 'Mixes lower and upper case letters and has a digit (GET /auth/password-policy).',
  })
  @MeetsPasswordPolicy()
  newPassword: string;
}
