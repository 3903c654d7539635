import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../platform/security/roles.js';

export class CreateApiKeyDto {
  @ApiProperty({ maxLength: 80, example: 'Booking partner integration', minLength: 1 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScope[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins only: bind the key to a supplier. A supplier’s keys are always bound to its own.',
  })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: [String] })
  scopes: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  supplierId?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  lastUsedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  revokedAt?: string;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself: shown this once, only its hash is kept.' })
  key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items: ApiKeyDto[];
}

export class ApiKeyIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class IntrospectApiKeyDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  key: string;
}

export class ApiKeyIntrospectionDto {
  @ApiProperty()
  active: boolean;

  @ApiProperty({ type: [String] })
  scopes: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  supplierId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  keyId?: string;
}
