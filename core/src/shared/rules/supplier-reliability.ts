/** How a finished flight ended; aborted launches never flew, so they say nothing about reliability. */
export type FlightOutcome = 'successful' | 'failed';

/** Successful flights a supplier needs before it counts as reliable. */
export const RELIABLE_MIN_SUCCESSES = 3;
/** How many of the latest flights must all have succeeded. */
export const RELIABLE_RECENT_WINDOW = 5;

/** A supplier's record of flights, and whether that makes it reliable. */
export interface SupplierReliability {
  reliable: boolean;
  successfulFlights: number;
  failedFlights: number;
  /** Failures among the latest `RELIABLE_RECENT_WINDOW` flights. */
  recentFailures: number;
}

/**
 * Reliable = at least 3 successful flights in total and no failure among the latest 5 flights. Only flights
 * count (successful or failed launches), newest first; a launch's own fee is set by the record before it, so
 * `flights` holds the supplier's flights that ended before the one being invoiced.
 */
export function supplierReliability(flightsNewestFirst: readonly FlightOutcome[]): SupplierReliability {
  const successfulFlights = flightsNewestFirst.filter((flight) => flight === 'successful').length;
  const recentFailures = flightsNewestFirst
    .slice(0, RELIABLE_RECENT_WINDOW)
    .filter((flight) => flight === 'failed').length;
  return {
    reliable: successfulFlights >= RELIABLE_MIN_SUCCESSES && recentFailures === 0,
    successfulFlights,
    failedFlights: flightsNewestFirst.length - successfulFlights,
    recentFailures,
  };
}
