import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Booking } from '../../shared/model/operations/booking.entity.js';
import { Receipt } from '../../shared/model/operations/receipt.entity.js';
import type { ReceiptDto, ReceiptListDto } from './receipt.dto.js';

/** A customer's receipts, read per booking; another customer's booking is as unknown as a missing one. */
@Injectable()
export class ReceiptsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(bookingId: string, customerId: string): Promise<ReceiptListDto> {
    const owned = await this.dataSource.getRepository(Booking).existsBy({ id: bookingId, customerId });
    if (!owned) throw new NotFoundException(`Booking ${bookingId} does not exist.`);
    const receipts = await this.dataSource
      .getRepository(Receipt)
      .find({ where: { bookingId }, order: { issuedAt: 'ASC', number: 'ASC' } });
    return { items: receipts.map(toReceiptDto) };
  }
}

function toReceiptDto(receipt: Receipt): ReceiptDto {
  return {
    id: receipt.id,
    number: receipt.number,
    bookingId: receipt.bookingId,
    kind: receipt.kind,
    amountMinor: receipt.amountMinor,
    currency: receipt.currency,
    issuedAt: receipt.issuedAt.toISOString(),
    payerName: receipt.payerName,
    payerEmail: receipt.payerEmail,
    payerTaxId: receipt.payerTaxId,
    payerBillingAddress: receipt.payerBillingAddress,
    missionName: receipt.missionName,
    launchScheduledAt: new Date(receipt.launchScheduledAt).toISOString(),
    seats: receipt.seats,
    paymentReference: receipt.paymentReference,
  };
}
