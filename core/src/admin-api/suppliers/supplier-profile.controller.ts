import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { SupplierProfileQueryDto } from './supplier-profile-query.dto.js';
import { SupplierProfileDto } from './supplier-profile.dto.js';
import { SupplierProfileService } from './supplier-profile.service.js';
import { UpdateSupplierProfileDto } from './update-supplier-profile.dto.js';

@ApiTags('suppliers')
@Controller('supplier-profile')
@Roles('supplier', 'admin')
export class SupplierProfileController {
  constructor(private readonly profiles: SupplierProfileService) {}

  @ApiOperation({ summary: "The caller's organisation: name, description, contact and legal details." })
  @Get()
  @ApiOkResponse({ type: SupplierProfileDto })
  @ApiProblemResponses(400, 404, 422)
  get(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SupplierProfileQueryDto,
  ): Promise<SupplierProfileDto> {
    return this.profiles.get(principal, query.supplierId);
  }

  @ApiOperation({ summary: "Changes the caller's organisation profile." })
  @Patch()
  @ApiOkResponse({ type: SupplierProfileDto })
  @ApiProblemResponses(400, 404, 409, 422)
  update(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SupplierProfileQueryDto,
    @Body() body: UpdateSupplierProfileDto,
  ): Promise<SupplierProfileDto> {
    return this.profiles.update(principal, query.supplierId, body);
  }
}
