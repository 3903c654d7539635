import type { CustomerApi } from '@astrobookings/openapi';
import { toReceiptView } from './receipt-views';

type Schemas = CustomerApi.components['schemas'];

describe('receipt views', () => {
  it('keeps what the booking page lists and leaves the payer details to the PDF', () => {
    const receipt = {
      id: 'r-1',
      number: 'RC-2027-000001',
      bookingId: 'b-1',
      kind: 'refund',
      amountMinor: 1999,
      currency: 'EUR',
      issuedAt: '2027-03-01T10:00:00.000Z',
      payerName: 'Ana',
      payerEmail: 'ana@example.test',
      payerTaxId: 'ES12345678Z',
      payerBillingAddress: null,
      missionName: 'Selene I',
      launchScheduledAt: '2027-05-01T12:00:00.000Z',
      seats: 1,
      paymentReference: 're_1',
    } satisfies Schemas['CustomerReceiptDto'];
    expect(toReceiptView(receipt)).toEqual({
      id: 'r-1',
      number: 'RC-2027-000001',
      kind: 'refund',
      amountMinor: 1999,
      currency: 'EUR',
      issuedAt: '2027-03-01T10:00:00.000Z',
    });
  });
});
