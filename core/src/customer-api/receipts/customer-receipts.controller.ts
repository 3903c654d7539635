import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { BookingIdParamDto } from '../bookings/customer-booking-request.dto.js';
import { CustomerReceiptListDto } from './customer-receipt.dto.js';
import { CustomerReceiptsService } from './customer-receipts.service.js';
import { ReceiptParamsDto, ReceiptPdfQueryDto } from './receipt-request.dto.js';

@ApiTags('receipts')
@Roles('customer')
@Controller('bookings')
export class CustomerReceiptsController {
  constructor(private readonly receipts: CustomerReceiptsService) {}

  @ApiOperation({
    summary: 'The receipts of one of my bookings: one per payment and per refund, oldest first.',
  })
  @Get(':id/receipts')
  @ApiOkResponse({ type: CustomerReceiptListDto })
  @ApiProblemResponses(400, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param() params: BookingIdParamDto,
  ): Promise<CustomerReceiptListDto> {
    return this.receipts.list(principal, params.id);
  }

  @ApiOperation({ summary: 'One receipt of one of my bookings as a PDF.' })
  @Get(':id/receipts/:receiptId/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, 404)
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ReceiptParamsDto,
    @Query() query: ReceiptPdfQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { number, pdf } = await this.receipts.pdf(
      principal,
      params.id,
      params.receiptId,
      query.language ?? 'en',
    );
    res.set({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${number}.pdf"`,
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(pdf);
  }
}
