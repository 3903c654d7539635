export interface CurrencyPosition {
  readonly currency: string;
  readonly outstandingMinor: number;
  readonly overdueCount: number;
  readonly overdueMinor: number;
  readonly collectedThisMonthMinor: number;
}

export interface MonthlyFlow {
  readonly month: string;
  readonly currency: string;
  readonly invoicedMinor: number;
  readonly collectedMinor: number;
}

/** Finance's dashboard: the position per currency and twelve months of invoicing against collecting. */
export interface DashboardView {
  readonly currencies: readonly CurrencyPosition[];
  readonly months: readonly MonthlyFlow[];
}

export const DASHBOARD_VIEW_URL = '/bff/dashboard';
