/** How each language names a wall clock by its zone, e.g. "Asia/Tokyo time". */
const ZONE_CLOCK: Record<string, (zone: string) => string> = {
  en: (zone) => `${zone} time`,
  es: (zone) => `hora de ${zone}`,
};

/**
 * A launch time as emails write it: the launch site's wall clock, named by its zone, then the same instant in
 * UTC. An email cannot know where it is read, so UTC is the reference every reader can convert from.
 */
export function launchTimeText(at: Date, siteTimeZone: string, locale = 'en'): string {
  const inZone = (timeZone: string, timeZoneName: 'short' | undefined) =>
    new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZoneName ? { timeZoneName } : {}),
    }).format(at);
  const zoneClock = ZONE_CLOCK[new Intl.Locale(locale).language] ?? ZONE_CLOCK['en'];
  const site = `${inZone(siteTimeZone, 'short')} (${zoneClock(siteTimeZone)})`;
  return siteTimeZone === 'UTC' ? site : `${site}; ${inZone('UTC', undefined)} UTC`;
}
