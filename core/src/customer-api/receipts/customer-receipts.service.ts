import type { CoreApiClient } from '@astrobookings/openapi';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CORE_API_CLIENT } from '../../platform/http/core-api-client.provider.js';
import type { Principal } from '../../platform/security/principal.js';
import type { Language } from '../../shared/model/language.js';
import { coreApiResult } from '../bookings/core-api-result.js';
import type { CustomerReceiptListDto } from './customer-receipt.dto.js';
import { receiptPdf } from './receipt-pdf.js';

/** A customer's receipts, from Core API, which answers 404 for a booking that is not theirs. */
@Injectable()
export class CustomerReceiptsService {
  constructor(@Inject(CORE_API_CLIENT) private readonly coreApi: CoreApiClient) {}

  list(customer: Principal, bookingId: string): Promise<CustomerReceiptListDto> {
    return coreApiResult(
      this.coreApi.GET('/bookings/{id}/receipts', {
        params: { path: { id: bookingId }, query: { customerId: customer.userId } },
      }),
    );
  }

  async pdf(
    customer: Principal,
    bookingId: string,
    receiptId: string,
    language: Language,
  ): Promise<{ number: string; pdf: Buffer }> {
    const { items } = await this.list(customer, bookingId);
    const receipt = items.find((item) => item.id === receiptId);
    if (!receipt) throw new NotFoundException(`Receipt ${receiptId} does not exist.`);
    return { number: receipt.number, pdf: await receiptPdf(receipt, language) };
  }
}
