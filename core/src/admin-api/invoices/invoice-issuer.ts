import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import type { Language } from '../../shared/model/language.js';
import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import type { InvoicePassenger } from '../../shared/model/operations/invoice-passenger.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { Supplier } from '../../shared/model/operations/supplier.entity.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import type { FeeKind } from '../../shared/rules/invoice-status.js';
import {
  ABORT_FEE,
  launchFeeBasisPoints,
  launchFeeMinor,
  netRevenueMinor,
} from '../../shared/rules/launch-fee.js';
import { SupplierFlightsRepository } from '../../shared/repositories/supplier-flights.repository.js';
import { addDays } from './calendar-date.js';
import type { DocumentOrigin, InvoiceDraft } from './invoice-draft.js';
import { invoiceEmailFacts } from './invoice-email-facts.js';
import { INVOICE_ISSUED } from './invoice-issued.email.js';
import { InvoicesRepository } from './invoices.repository.js';

/** Days a supplier has to pay an invoice. */
export const PAYMENT_TERM_DAYS = 30;

/** Thrown inside the issuing transaction to roll back the number it took when the invoice already exists. */
class AlreadyIssued extends Error {}

export interface ManualInvoice {
  supplierId: string;
  launchId?: string;
  description: string;
  amountMinor: number;
  currency: string;
}

/**
 * Issues invoices: the automatic fee of a launch that flew or was aborted, exactly once per launch and fee kind,
 * and finance's invoices by hand. The facts are copied from the supplier and the launch as they are now.
 */
@Injectable()
export class InvoiceIssuer {
  private readonly logger = new Logger(InvoiceIssuer.name);

  constructor(
    private readonly invoices: InvoicesRepository,
    private readonly flights: SupplierFlightsRepository,
    private readonly languages: RecipientLanguages,
  ) {}

  /**
   * The launch's automatic invoice, or undefined when it is not successful or aborted or was invoiced already
   * (a repeated event or job run): the unique index decides, and the losing transaction rolls back its number.
   */
  async issueForLaunch(
    launchId: string,
    origin: DocumentOrigin,
    today: string,
  ): Promise<Invoice | undefined> {
    const language = await this.languageOfLaunchSupplier(launchId);
    try {
      const invoice = await this.invoices.transaction(async (manager) => {
        const launch = await manager.findOne(Launch, {
          where: { id: launchId },
          relations: { rocket: true },
        });
        if (!launch) throw new NotFoundException(`No launch ${launchId}.`);
        const feeKind = automaticFeeKind(launch);
        if (!feeKind) throw new AlreadyIssued();
        const draft = {
          ...(await this.snapshot(manager, launch.supplierId, launch, today)),
          ...(feeKind === 'launch_fee' ? await this.launchFee(manager, launch) : abortFee()),
          feeKind,
          description: '',
        };
        return this.store(manager, draft, origin, language);
      });
      this.logger.log(
        `invoice ${invoice.number} (${invoice.feeKind}) issued for launch ${launchId} by ${origin.actor} ` +
          `[request ${origin.requestId ?? '-'}]`,
      );
      return invoice;
    } catch (error) {
      if (error instanceof AlreadyIssued) return undefined;
      throw error;
    }
  }

  /**
   * Issues every automatic invoice still missing: the repair for a crash between a transition and its invoice.
   * One launch that cannot be invoiced is logged and counted, and does not hold up the others.
   */
  async issueMissing(origin: DocumentOrigin, today: string): Promise<{ issued: Invoice[]; failed: number }> {
    const issued: Invoice[] = [];
    let failed = 0;
    for (const launchId of await this.invoices.launchesMissingInvoices()) {
      try {
        const invoice = await this.issueForLaunch(launchId, origin, today);
        if (invoice) issued.push(invoice);
      } catch (error) {
        failed += 1;
        this.logger.error(`the invoice for launch ${launchId} was not issued: ${(error as Error).message}`);
      }
    }
    return { issued, failed };
  }

  /** An invoice finance writes by hand, for a supplier and optionally one of its launches. */
  async issueManual(request: ManualInvoice, origin: DocumentOrigin, today: string): Promise<Invoice> {
    const language = await this.languageOfSupplier(request.supplierId);
    const invoice = await this.invoices.transaction(async (manager) => {
      const launch = request.launchId
        ? await manager.findOne(Launch, {
            where: { id: request.launchId, supplierId: request.supplierId },
            relations: { rocket: true },
          })
        : undefined;
      if (launch === null) throw new NotFoundException(`The supplier has no launch ${request.launchId}.`);
      const draft: InvoiceDraft = {
        ...(await this.snapshot(manager, request.supplierId, launch, today)),
        feeKind: 'manual',
        currency: request.currency,
        grossRevenueMinor: 0,
        refundsMinor: 0,
        netRevenueMinor: 0,
        rateBasisPoints: null,
        feeMinor: request.amountMinor,
        supplierReliable: false,
        description: request.description.trim(),
      };
      return this.store(manager, draft, origin, language);
    });
    this.logger.log(
      `invoice ${invoice.number} (manual) issued by ${origin.actor} [request ${origin.requestId ?? '-'}]`,
    );
    return invoice;
  }

  private async store(
    manager: EntityManager,
    draft: InvoiceDraft,
    origin: DocumentOrigin,
    language: Language | undefined,
  ): Promise<Invoice> {
    const invoice = await this.invoices.insert(manager, draft, origin);
    if (!invoice) throw new AlreadyIssued();
    const supplier = await manager.findOneByOrFail(Supplier, { id: invoice.supplierId });
    if (supplier.contactEmail && language) {
      await this.invoices.stageEmail(manager, `invoice-issued:${invoice.id}`, {
        to: supplier.contactEmail,
        language,
        ...INVOICE_ISSUED[language](invoiceEmailFacts(invoice, invoice.feeMinor, language)),
      });
    }
    return invoice;
  }

  /** The supplier's and launch's facts as they are at issue, and the dates. */
  private async snapshot(
    manager: EntityManager,
    supplierId: string,
    launch: Launch | undefined,
    today: string,
  ): Promise<
    Omit<
      InvoiceDraft,
      | 'feeKind'
      | 'currency'
      | 'grossRevenueMinor'
      | 'refundsMinor'
      | 'netRevenueMinor'
      | 'rateBasisPoints'
      | 'feeMinor'
      | 'supplierReliable'
      | 'description'
    >
  > {
    const supplier = await manager.findOneBy(Supplier, { id: supplierId });
    if (!supplier) throw new NotFoundException(`No supplier ${supplierId}.`);
    return {
      supplierId,
      launchId: launch?.id ?? null,
      supplierName: supplier.name,
      supplierLegalName: supplier.legalName?.trim() || supplier.name,
      supplierTaxId: supplier.taxId ?? '',
      supplierLegalAddress: supplier.legalAddress ?? '',
      missionName: launch?.missionName ?? null,
      rocketName: launch?.rocket?.name ?? null,
      launchScheduledAt: launch?.scheduledAt ?? null,
      launchSite: launch?.launchSite ?? null,
      destination: launch?.destination ?? null,
      passengers: launch ? await confirmedPassengers(manager, launch.id) : [],
      issueDate: today,
      dueDate: addDays(today, PAYMENT_TERM_DAYS),
    };
  }

  /** The fee on the launch's net revenue, at the rate its supplier's record before this launch earns. */
  private async launchFee(manager: EntityManager, launch: Launch) {
    const [revenue] = await queryRows<{ gross: string; refunds: string }>(
      manager,
      `SELECT coalesce(sum(p.amount_minor) FILTER (WHERE p.kind = 'charge'), 0) AS gross,
              coalesce(sum(p.amount_minor) FILTER (WHERE p.kind = 'refund'), 0) AS refunds
       FROM payments p JOIN bookings b ON b.id = p.booking_id
       WHERE b.launch_id = $1 AND p.status = 'succeeded'`,
      [launch.id],
    );
    const grossRevenueMinor = Number(revenue.gross);
    const refundsMinor = Number(revenue.refunds);
    const net = netRevenueMinor(grossRevenueMinor, refundsMinor);
    const { reliable } = await this.flights.reliability(launch.supplierId, {
      exceptLaunchId: launch.id,
      manager,
    });
    const rateBasisPoints = launchFeeBasisPoints(reliable);
    return {
      currency: launch.currency,
      grossRevenueMinor,
      refundsMinor,
      netRevenueMinor: net,
      rateBasisPoints,
      feeMinor: launchFeeMinor(net, rateBasisPoints),
      supplierReliable: reliable,
    };
  }

  private async languageOfLaunchSupplier(launchId: string): Promise<Language | undefined> {
    const [row] = await queryRows<{ supplier_id: string }>(
      this.invoices.manager,
      `SELECT supplier_id FROM launches WHERE id = $1`,
      [launchId],
    );
    return row ? this.languageOfSupplier(row.supplier_id) : undefined;
  }

  /** The language of the supplier's contact address (its staff account's), read before the transaction. */
  private async languageOfSupplier(supplierId: string): Promise<Language | undefined> {
    const supplier = await this.invoices.manager.findOneBy(Supplier, { id: supplierId });
    return supplier?.contactEmail ? this.languages.of(supplier.contactEmail) : undefined;
  }
}

function automaticFeeKind(launch: Launch): FeeKind | undefined {
  if (launch.status === 'successful') return 'launch_fee';
  if (launch.status === 'aborted') return 'abort_fee';
  return undefined;
}

function abortFee() {
  return {
    currency: ABORT_FEE.currency,
    grossRevenueMinor: 0,
    refundsMinor: 0,
    netRevenueMinor: 0,
    rateBasisPoints: null,
    feeMinor: ABORT_FEE.amountMinor,
    supplierReliable: false,
  };
}

async function confirmedPassengers(manager: EntityManager, launchId: string): Promise<InvoicePassenger[]> {
  const rows = await queryRows<{ full_name: string; booking_id: string }>(
    manager,
    `SELECT p.full_name, p.booking_id FROM passengers p JOIN bookings b ON b.id = p.booking_id
     WHERE b.launch_id = $1 AND b.status = 'confirmed'
     ORDER BY b.confirmed_at, b.id, p.seat_number`,
    [launchId],
  );
  return rows.map((row) => ({ fullName: row.full_name, bookingId: row.booking_id }));
}
