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
  const site = `${inZone(siteTimeZone, 'short')} (${siteTimeZone} time)`;
  return siteTimeZone === 'UTC' ? site : `${site}; ${inZone('UTC', undefined)} UTC`;
}
