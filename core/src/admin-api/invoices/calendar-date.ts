/** A calendar date (YYYY-MM-DD) in UTC, the platform's books' time zone. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return utcDate(at);
}
