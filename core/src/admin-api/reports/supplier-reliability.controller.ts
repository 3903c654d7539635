import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { launchFeeBasisPoints } from '../../shared/rules/launch-fee.js';
import { SupplierFlightsRepository } from '../../shared/repositories/supplier-flights.repository.js';
import { owningSupplier } from '../suppliers/supplier-scope.js';
import { SupplierReliabilityDto } from './supplier-reliability.dto.js';

/** The supplier's own flight record, read the same way as for finance and the fee rate. */
@ApiTags('reports')
@Controller('supplier')
export class SupplierReliabilityController {
  constructor(private readonly flights: SupplierFlightsRepository) {}

  @ApiOperation({ summary: "The caller's organisation's reliability and the fee rate it sets." })
  @Get('reliability')
  @Roles('supplier')
  @ApiOkResponse({ type: SupplierReliabilityDto })
  async reliability(@CurrentPrincipal() principal: Principal): Promise<SupplierReliabilityDto> {
    const record = await this.flights.reliability(owningSupplier(principal, undefined));
    return { ...record, feeBasisPoints: launchFeeBasisPoints(record.reliable) };
  }
}
