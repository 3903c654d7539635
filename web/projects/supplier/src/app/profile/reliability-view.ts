/** The organisation's flight record as the platform reads it for its fee rate. */
export interface ReliabilityView {
  readonly reliable: boolean;
  readonly successfulFlights: number;
  readonly failedFlights: number;
  readonly recentFailures: number;
  /** The fee rate on its next successful launch, in basis points (80 = 0.8%). */
  readonly feeBasisPoints: number;
}

export const RELIABILITY_VIEW_URL = '/bff/reliability';
