import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { USER_ROLES, type UserRole } from '../../platform/security/roles.js';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../shared/model/core-db/credential.schema.js';

export class UserQueryDto {
  @ApiPropertyOptional({ description: 'Part of the email or name, any case.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: USER_ROLES, isArray: true })
  roles: UserRole[];

  @ApiPropertyOptional({ format: 'uuid' })
  supplierId?: string;

  @ApiProperty({ enum: ACCOUNT_STATUSES })
  status: AccountStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Set while the account is locked after failed sign-ins.',
  })
  lockedUntil?: string;
}

export class UserListDto {
  @ApiProperty({ type: [UserSummaryDto] })
  items: UserSummaryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class UserIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class UpdateRolesDto {
  @ApiProperty({ enum: USER_ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true })
  roles: UserRole[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Required with the supplier role.' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
