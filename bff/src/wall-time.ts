/** A `datetime-local` value: a date and a time of day, to the minute or second, without a zone. */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Reads a time zone's wall clock at an instant, as milliseconds of the same fields taken as UTC. */
function wallClockMs(format: Intl.DateTimeFormat, instantMs: number): number {
  const parts = Object.fromEntries(
    format.formatToParts(instantMs).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  // Throws a RangeError for a zone Intl does not know, which is what callers are told to expect.
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/**
 * The instant at which a time zone's clocks show `wallTime` (`YYYY-MM-DDTHH:mm[:ss]`). Around a daylight
 * saving change it follows the rule calendars use (Temporal's "compatible"): a time the clocks skip (02:30
 * on a spring-forward night in New York) is read with the offset from before the change, so it lands as
 * far past the gap as it was into it (03:30); a time they show twice (01:30 on a fall-back night) is the
 * first of the two. Throws a RangeError for a malformed wall time or an unknown zone.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date {
  const [year, month, day, hour, minute, second] = (WALL_TIME.exec(wallTime) ?? [])
    .slice(1)
    .map((text: string | undefined) => Number(text ?? 0));
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`Not a date and time: ${wallTime}`);
  }
  const wallMs = Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0);
  const asGiven = new Date(wallMs);
  if (
    asGiven.getUTCMonth() !== month - 1 ||
    asGiven.getUTCDate() !== day ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59
  ) {
    throw new RangeError(`Not a date and time: ${wallTime}`);
  }
  const format = zoneFormat(timeZone);
  // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
  const offsetBefore = wallClockMs(format, wallMs - DAY_MS) - (wallMs - DAY_MS);
  const offsetAfter = wallClockMs(format, wallMs + DAY_MS) - (wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((instantMs) => wallClockMs(format, instantMs) === wallMs)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallMs - offsetBefore);
}

/** The wall time (`YYYY-MM-DDTHH:mm`, as a `datetime-local` control shows it) of an instant in a zone. */
export function instantToWallTime(instant: Date | string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  return new Date(wallClockMs(zoneFormat(timeZone), ms)).toISOString().slice(0, 16);
}
