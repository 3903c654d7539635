import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../platform/security/roles.js';
import { NormalizeEmail } from '../accounts/email.transform.js';

export class AuthUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The supplier organisation of supplier staff.' })
  supplierId?: string;
}

export class TokenPairDto {
  @ApiProperty({
    description: 'JWT (EdDSA) to send as `Authorization: Bearer`; valid for `expiresIn` seconds.',
  })
  accessToken: string;

  @ApiProperty({ description: 'Opaque, single use: trade it at /auth/refresh for a new pair.' })
  refreshToken: string;

  @ApiProperty({ type: 'integer', example: 120 })
  expiresIn: number;

  @ApiProperty({ type: AuthUserDto })
  user: AuthUserDto;
}

export class LoginDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password', minLength: 1, maxLength: 256 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}

export class RefreshTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  refreshToken: string;
}

export class SessionCodeExchangeDto {
  @ApiProperty({ description: 'One-time code from POST /auth/sessions/codes.', minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  code: string;
}

export class SessionCodeDto {
  @ApiProperty()
  code: string;

  @ApiProperty({ type: 'integer', example: 60 })
  expiresIn: number;
}

export class CurrentSessionDto {
  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty()
  active: boolean;
}

export class ServiceTokenRequestDto {
  @ApiProperty({ example: 'job-scheduler' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/)
  service: string;

  @ApiProperty({
    format: 'password',
    description: 'INTERNAL_API_SECRET, shared by the services.',
    minLength: 1,
    maxLength: 256,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  secret: string;
}

export class ServiceTokenDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ type: 'integer', example: 120 })
  expiresIn: number;
}
