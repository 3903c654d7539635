import type { EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';

/** The numbered documents the platform issues: invoices to suppliers, their credit notes, customer receipts. */
export const DOCUMENT_SERIES = { invoice: 'AB', creditNote: 'CN', receipt: 'RC' } as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[keyof typeof DOCUMENT_SERIES];

/**
 * The next number of a series in a year, e.g. `AB-2027-000001`. It must run inside the transaction that stores the
 * document: the upsert locks the counter row until that transaction ends, so concurrent issuers queue behind it,
 * and a rollback takes the increment back with the document. That is what keeps the numbering gap-free, which a
 * PostgreSQL sequence (never rolled back) would not.
 */
export async function nextDocumentNumber(
  manager: EntityManager,
  series: DocumentSeries,
  year: number,
): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('document numbers are taken inside the transaction that stores the document');
  }
  const [row] = await queryRows<{ last_number: number }>(
    manager,
    `INSERT INTO document_numbers (series, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (series, year) DO UPDATE SET last_number = document_numbers.last_number + 1
     RETURNING last_number`,
    [series, year],
  );
  return `${series}-${year}-${String(row.last_number).padStart(6, '0')}`;
}
