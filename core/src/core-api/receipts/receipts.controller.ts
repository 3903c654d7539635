import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { BookingIdParamDto, CustomerScopeDto } from '../bookings/booking-request.dto.js';
import { ReceiptListDto } from './receipt.dto.js';
import { ReceiptsService } from './receipts.service.js';

/** Receipts for the Customer API (role `system`), which names the customer from its verified token. */
@ApiTags('receipts')
@Roles('system')
@Controller('bookings')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  @ApiOperation({ summary: "The receipts of a customer's booking: one per payment and per refund." })
  @Get(':id/receipts')
  @ApiOkResponse({ type: ReceiptListDto })
  @ApiProblemResponses(400, 404)
  list(@Param() params: BookingIdParamDto, @Query() query: CustomerScopeDto): Promise<ReceiptListDto> {
    return this.receipts.list(params.id, query.customerId);
  }
}
