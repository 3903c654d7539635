import { ApiProperty } from '@nestjs/swagger';
import {
  FEE_KINDS,
  INVOICE_PAYMENT_METHODS,
  INVOICE_STATUSES,
  type FeeKind,
  type InvoicePaymentMethod,
  type InvoiceStatus,
} from '../../shared/rules/invoice-status.js';

/** An invoice in a list: enough to find it and see what is owed. */
export class InvoiceSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'AB-2027-000001' })
  number: string;

  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty()
  supplierName: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: 'string' })
  launchId: string | null;

  @ApiProperty({ nullable: true, type: 'string' })
  missionName: string | null;

  @ApiProperty({ enum: FEE_KINDS })
  feeKind: FeeKind;

  @ApiProperty({ enum: INVOICE_STATUSES })
  status: InvoiceStatus;

  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'The fee in minor units.' })
  feeMinor: number;

  @ApiProperty({ type: 'integer' })
  paidMinor: number;

  @ApiProperty({ type: 'integer', description: 'What is still owed: zero once paid or void.' })
  balanceMinor: number;

  @ApiProperty({ format: 'date' })
  issueDate: string;

  @ApiProperty({ format: 'date' })
  dueDate: string;
}

export class InvoiceListDto {
  @ApiProperty({ type: [InvoiceSummaryDto] })
  items: InvoiceSummaryDto[];

  @ApiProperty({ type: 'integer', description: 'Invoices matching the filters, across every page.' })
  total: number;
}

export class InvoicePassengerDto {
  @ApiProperty()
  fullName: string;

  @ApiProperty({ format: 'uuid' })
  bookingId: string;
}

export class InvoicePaymentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer' })
  amountMinor: number;

  @ApiProperty()
  currency: string;

  @ApiProperty({ format: 'date' })
  paidOn: string;

  @ApiProperty()
  reference: string;

  @ApiProperty({ enum: INVOICE_PAYMENT_METHODS })
  method: InvoicePaymentMethod;

  @ApiProperty({ description: 'Who recorded it.' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class CreditNoteDto {
  @ApiProperty({ example: 'CN-2027-000001' })
  number: string;

  @ApiProperty({ type: 'integer' })
  amountMinor: number;

  @ApiProperty()
  currency: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date' })
  issueDate: string;
}

/** What the caller may do with the invoice now, decided by the API so pages never repeat the rules. */
export class InvoiceActionsDto {
  @ApiProperty()
  canRecordPayment: boolean;

  @ApiProperty()
  canVoid: boolean;
}

/** One invoice with everything printed on it, its payments and its credit note. */
export class InvoiceDto extends InvoiceSummaryDto {
  @ApiProperty()
  description: string;

  @ApiProperty({ type: 'integer' })
  grossRevenueMinor: number;

  @ApiProperty({ type: 'integer' })
  refundsMinor: number;

  @ApiProperty({ type: 'integer' })
  netRevenueMinor: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Hundredths of a percent; null for a fixed fee.',
  })
  rateBasisPoints: number | null;

  @ApiProperty()
  supplierReliable: boolean;

  @ApiProperty()
  supplierLegalName: string;

  @ApiProperty()
  supplierTaxId: string;

  @ApiProperty()
  supplierLegalAddress: string;

  @ApiProperty({ nullable: true, type: 'string' })
  rocketName: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' })
  launchScheduledAt: string | null;

  @ApiProperty({ nullable: true, type: 'string' })
  launchSite: string | null;

  @ApiProperty({ nullable: true, type: 'string' })
  destination: string | null;

  @ApiProperty({ type: [InvoicePassengerDto] })
  passengers: InvoicePassengerDto[];

  @ApiProperty({ type: [InvoicePaymentDto] })
  payments: InvoicePaymentDto[];

  @ApiProperty({ type: CreditNoteDto, nullable: true })
  creditNote: CreditNoteDto | null;

  @ApiProperty({ nullable: true, type: 'string' })
  voidReason: string | null;

  @ApiProperty({ type: InvoiceActionsDto })
  actions: InvoiceActionsDto;
}

/** What a run of the issuing repair did. */
export class InvoiceIssuingRunDto {
  @ApiProperty({ type: [String], description: 'Numbers of the invoices issued by this run.' })
  issued: string[];

  @ApiProperty({
    type: 'integer',
    description: 'Launches that could not be invoiced this run (see the log).',
  })
  failed: number;
}

/** What a run of the overdue job did. */
export class InvoiceOverdueRunDto {
  @ApiProperty({ type: 'integer', description: 'Invoices that became overdue.' })
  overdue: number;

  @ApiProperty({ type: 'integer', description: 'Reminder emails queued.' })
  reminders: number;
}
