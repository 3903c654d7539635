export type ReportPeriod = 'month' | 'quarter' | 'year';

export interface RevenueAmounts {
  readonly currency: string;
  readonly launchesFlown: number;
  readonly launchesAborted: number;
  readonly grossRevenueMinor: number;
  readonly refundsMinor: number;
  readonly netRevenueMinor: number;
  readonly feesInvoicedMinor: number;
  readonly feesPaidMinor: number;
  readonly outstandingMinor: number;
}

export interface RevenueRow extends RevenueAmounts {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly period: string;
  readonly reliable: boolean;
}

export interface AnnualAmounts {
  readonly currency: string;
  readonly actualMinor: number;
  readonly pendingSoldMinor: number;
  readonly pendingMinimumMinor: number;
}

export interface AnnualRow extends AnnualAmounts {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly month: string;
}

export interface AnnualMonth extends AnnualAmounts {
  readonly month: string;
}

/** The reports page: revenue per supplier for a period and range, and one year's actual and pending fees. */
export interface ReportsView {
  readonly period: ReportPeriod;
  /** The typed range was refused (its end is before its start), so the default range is shown. */
  readonly rangeRefused: boolean;
  readonly from: string;
  readonly to: string;
  readonly year: number;
  readonly revenue: { readonly rows: readonly RevenueRow[]; readonly totals: readonly RevenueAmounts[] };
  readonly annual: {
    readonly rows: readonly AnnualRow[];
    readonly months: readonly AnnualMonth[];
    readonly totals: readonly AnnualAmounts[];
  };
}

export const REPORTS_VIEW_URL = '/bff/reports';
export const REVENUE_CSV_URL = '/bff/reports/revenue.csv';
export const ANNUAL_CSV_URL = '/bff/reports/annual.csv';
