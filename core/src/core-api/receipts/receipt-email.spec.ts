import { receiptEmail, type ReceiptEmailFacts } from './receipt-email.js';

const FACTS: ReceiptEmailFacts = {
  to: 'ana@example.test',
  language: 'en',
  number: 'RC-2027-000007',
  kind: 'payment',
  missionName: 'Selene I',
  amountMinor: 246_950,
  currency: 'USD',
  reference: 'ch_42',
  bookingId: 'b-1',
  customerWebUrl: 'http://customer-web.test',
};

describe('receipt email', () => {
  it('names the receipt, the amount paid at the currency decimals and the booking page in English', () => {
    const email = receiptEmail(FACTS);
    expect(email).toMatchObject({
      to: 'ana@example.test',
      language: 'en',
      subject: 'Receipt RC-2027-000007: Selene I',
    });
    expect(email.text).toContain('Paid: $2,469.50');
    expect(email.text).toContain('Payment reference: ch_42');
    expect(email.text).toContain('http://customer-web.test/bookings/b-1');
  });

  it('writes a refund receipt in Spanish, with Spanish money and the Spanish booking page', () => {
    const email = receiptEmail({
      ...FACTS,
      language: 'es',
      kind: 'refund',
      amountMinor: 1999,
      currency: 'EUR',
    });
    expect(email.subject).toBe('Recibo de reembolso RC-2027-000007: Selene I');
    expect(email.text).toContain('Reembolsado: 19,99\u00a0€');
    expect(email.text).toContain('http://customer-web.test/es/bookings/b-1');
  });
});
