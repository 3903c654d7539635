import { receiptPdf } from './receipt-pdf.js';
import type { ReceiptDocument } from './receipt-document.js';

const RECEIPT: ReceiptDocument = {
  number: 'RC-2027-000042',
  bookingId: '3f1c2a4e-0000-4000-8000-000000000001',
  kind: 'refund',
  amountMinor: 1999,
  currency: 'EUR',
  issuedAt: '2027-03-01T10:00:00.000Z',
  payerName: 'Ana Núñez',
  payerEmail: 'ana@example.test',
  payerTaxId: 'ES12345678Z',
  payerBillingAddress: { line1: 'Calle Mayor 1', postalCode: '28013', city: 'Madrid', country: 'ES' },
  missionName: 'Selene I',
  launchScheduledAt: '2027-05-01T12:00:00.000Z',
  seats: 2,
  paymentReference: 're_123',
};

describe('receipt PDF', () => {
  it.each(['en', 'es'] as const)('is a PDF whose title names the receipt number (%s)', async (language) => {
    const pdf = await receiptPdf(RECEIPT, language);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('RC-2027-000042');
  });

  it('gives the same bytes for the same receipt, so a download is reproducible', async () => {
    expect((await receiptPdf(RECEIPT, 'en')).equals(await receiptPdf(RECEIPT, 'en'))).toBe(true);
  });
});
