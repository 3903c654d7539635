import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { currentRequestId } from '../../platform/logging/request-context.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { utcDate } from './calendar-date.js';
import type { DocumentOrigin } from './invoice-draft.js';
import { InvoiceIssuer } from './invoice-issuer.js';
import { invoicePdf } from './invoice-pdf.js';
import { InvoiceReminders } from './invoice-reminders.js';
import { InvoiceDto, InvoiceIssuingRunDto, InvoiceListDto, InvoiceOverdueRunDto } from './invoice.dto.js';
import {
  InvoiceIdParamDto,
  InvoiceJobQueryDto,
  InvoiceListQueryDto,
  IssueInvoiceDto,
  RecordInvoicePaymentDto,
  VoidInvoiceDto,
} from './invoice-requests.dto.js';
import { InvoicesService } from './invoices.service.js';
import { toInvoiceDto, toInvoiceSummaryDto } from './to-invoice-dto.js';

const origin = (principal: Principal, job?: string): DocumentOrigin => ({
  actor: principal.via === 'service' && job ? `job:${job}` : actorOf(principal),
  requestId: currentRequestId(),
});

const today = () => utcDate(new Date());

const mayAct = (principal: Principal) =>
  principal.roles.some((role) => role === 'finance' || role === 'admin');

@ApiTags('invoices')
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly issuer: InvoiceIssuer,
    private readonly reminders: InvoiceReminders,
  ) {}

  @ApiOperation({
    summary: 'Invoices, newest first, filtered; supplier staff see only their own supplier’s.',
  })
  @Get()
  @Roles('supplier', 'finance', 'admin')
  @ApiOkResponse({ type: InvoiceListDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: InvoiceListQueryDto,
  ): Promise<InvoiceListDto> {
    const { items, total } = await this.invoices.list(principal, query);
    return { items: items.map(toInvoiceSummaryDto), total };
  }

  @ApiOperation({
    summary: 'Issues an invoice by hand to a supplier (fee kind manual), numbered AB-YYYY-NNNNNN.',
  })
  @Post()
  @Roles('finance', 'admin')
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiProblemResponses(400, 404)
  async issue(@CurrentPrincipal() principal: Principal, @Body() body: IssueInvoiceDto): Promise<InvoiceDto> {
    const invoice = await this.issuer.issueManual(body, origin(principal), today());
    return toInvoiceDto(await this.invoices.get(principal, invoice.id), mayAct(principal));
  }

  @ApiOperation({
    summary:
      'Issues every automatic invoice still missing for successful and aborted launches (the invoice-issuing job calls it); issues nothing twice.',
  })
  @Post('issuing-runs')
  @Roles('system', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: InvoiceIssuingRunDto })
  @ApiProblemResponses(400)
  async issueMissing(
    @CurrentPrincipal() principal: Principal,
    @Query() query: InvoiceJobQueryDto,
  ): Promise<InvoiceIssuingRunDto> {
    const { issued, failed } = await this.issuer.issueMissing(
      origin(principal, 'invoice-issuing'),
      query.today ?? today(),
    );
    return { issued: issued.map((invoice) => invoice.number), failed };
  }

  @ApiOperation({
    summary:
      'Marks unpaid invoices past due as overdue and queues at most one reminder per invoice per week (the invoice-overdue job calls it).',
  })
  @Post('overdue-runs')
  @Roles('system', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: InvoiceOverdueRunDto })
  @ApiProblemResponses(400)
  overdue(@Query() query: InvoiceJobQueryDto): Promise<InvoiceOverdueRunDto> {
    return this.reminders.run(query.today ?? today());
  }

  @ApiOperation({
    summary:
      'One invoice with its passengers, payments, credit note and allowed actions; another supplier’s is 404.',
  })
  @Get(':id')
  @Roles('supplier', 'finance', 'admin')
  @ApiOkResponse({ type: InvoiceDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParamDto,
  ): Promise<InvoiceDto> {
    return toInvoiceDto(await this.invoices.get(principal, params.id), mayAct(principal));
  }

  @ApiOperation({ summary: 'The invoice as a PDF, named after its number; another supplier’s is 404.' })
  @Get(':id/pdf')
  @Roles('supplier', 'finance', 'admin')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, 404)
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParamDto,
  ): Promise<StreamableFile> {
    const record = await this.invoices.get(principal, params.id);
    return new StreamableFile(await invoicePdf(record), {
      type: 'application/pdf',
      disposition: `attachment; filename="${record.invoice.number}.pdf"`,
    });
  }

  @ApiOperation({
    summary:
      'Records a supplier’s payment; the status follows at once. More than the balance is 422 (amountMinor: above-balance).',
  })
  @Post(':id/payments')
  @Roles('finance', 'admin')
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async recordPayment(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParamDto,
    @Body() body: RecordInvoicePaymentDto,
  ): Promise<InvoiceDto> {
    await this.invoices.recordPayment(params.id, body, origin(principal), today());
    return toInvoiceDto(await this.invoices.get(principal, params.id), true);
  }

  @ApiOperation({
    summary:
      'Voids an unpaid invoice with a reason and a credit note CN-YYYY-NNNNNN; a void invoice or one with payments is 409.',
  })
  @Post(':id/void')
  @Roles('finance', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: InvoiceDto })
  @ApiProblemResponses(400, 404, 409)
  async void(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParamDto,
    @Body() body: VoidInvoiceDto,
  ): Promise<InvoiceDto> {
    await this.invoices.void(params.id, body.reason, origin(principal), today());
    return toInvoiceDto(await this.invoices.get(principal, params.id), true);
  }
}
