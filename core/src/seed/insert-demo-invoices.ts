import type { Connection } from 'mongoose';
import type { DataSource } from 'typeorm';
import { InvoiceIssuer } from '../admin-api/invoices/invoice-issuer.js';
import { InvoicesRepository } from '../admin-api/invoices/invoices.repository.js';
import { utcDate } from '../admin-api/invoices/calendar-date.js';
import { Credential, CredentialSchema } from '../shared/model/core-db/credential.schema.js';
import { RecipientLanguages } from '../shared/notification-outbox/recipient-languages.js';
import { SupplierFlightsRepository } from '../shared/repositories/supplier-flights.repository.js';

const ORIGIN = { actor: 'seed', requestId: undefined };

/** A charge finance agreed with each of two suppliers, so the demo has open manual invoices too. */
const MANUAL = [
  {
    supplier: 'Orbital Horizons',
    description: 'Featured placement in the catalog, one quarter',
    amountMinor: 250_000,
  },
  { supplier: 'Selene Transit', description: 'Passenger safety briefing materials', amountMinor: 42_050 },
];

/**
 * Issues the seeded launches' automatic invoices through the same issuer as Admin API (so the figures follow
 * the same rules), and two manual ones the first time; returns how many it issued.
 */
export async function insertDemoInvoices(dataSource: DataSource, coreDb: Connection): Promise<number> {
  const issuer = new InvoiceIssuer(
    new InvoicesRepository(dataSource),
    new SupplierFlightsRepository(dataSource),
    new RecipientLanguages(coreDb.model(Credential.name, CredentialSchema)),
  );
  const today = utcDate(new Date());
  const { issued } = await issuer.issueMissing(ORIGIN, today);
  const [{ manual }] = await dataSource.query<Array<{ manual: number }>>(
    `SELECT count(*)::int AS manual FROM invoices WHERE fee_kind = 'manual'`,
  );
  if (manual > 0) return issued.length;
  for (const { supplier, description, amountMinor } of MANUAL) {
    const [row] = await dataSource.query<Array<{ id: string }>>(`SELECT id FROM suppliers WHERE name = $1`, [
      supplier,
    ]);
    if (row)
      await issuer.issueManual(
        { supplierId: row.id, description, amountMinor, currency: 'USD' },
        ORIGIN,
        today,
      );
  }
  return issued.length + MANUAL.length;
}
