import { describe, expect, it } from '@jest/globals';
import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import { invoiceEmailFacts } from './invoice-email-facts.js';
import { INVOICE_ISSUED } from './invoice-issued.email.js';
import { INVOICE_OVERDUE } from './invoice-overdue.email.js';

const invoice = {
  number: 'AB-2027-000042',
  currency: 'USD',
  dueDate: '2027-03-31',
  missionName: 'Pathfinder Crew 7',
  description: '',
} as Invoice;

describe('the invoice emails', () => {
  it('tell a supplier in English what was issued, how much and by when', () => {
    const words = INVOICE_ISSUED.en(invoiceEmailFacts(invoice, 123_456, 'en'));
    expect(words.subject).toBe('Invoice AB-2027-000042 from AstroBookings');
    expect(words.text).toContain('for Pathfinder Crew 7');
    expect(words.text).toContain('Amount due: $1,234.56, by March 31, 2027.');
  });

  it('remind a Spanish reader of the balance with Spanish money and dates', () => {
    const words = INVOICE_OVERDUE.es(invoiceEmailFacts(invoice, 100_000, 'es'));
    expect(words.subject).toBe('Recordatorio: la factura AB-2027-000042 está vencida');
    expect(words.text).toContain('vencía el 31 de marzo de 2027');
    expect(words.text).toContain('Saldo pendiente: 1000,00\u00a0US$.');
  });

  it('name a manual invoice by its description', () => {
    const facts = invoiceEmailFacts({ ...invoice, missionName: null, description: 'Hangar rental' }, 5, 'en');
    expect(INVOICE_OVERDUE.en(facts).text).toContain('Invoice AB-2027-000042 for Hangar rental was due');
  });
});
