const PASSENGER_FIELD = /^passenger-(\d{1,2})$/;

/** The passenger names of a posted form (`passenger-1`, `passenger-2`, …) in seat order, trimmed. */
export function passengerNames(body: unknown): string[] {
  const fields = (body ?? {}) as Record<string, unknown>;
  return Object.keys(fields)
    .map((name) => PASSENGER_FIELD.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => {
      const value = fields[match[0]];
      return typeof value === 'string' ? value.trim() : '';
    });
}

/** The form's field for a passenger the API named (`passengers.0.fullName` is `passenger-1`). */
export function passengerField(apiField: string): string {
  const match = /^passengers\.(\d{1,2})\.fullName$/.exec(apiField);
  return match ? `passenger-${Number(match[1]) + 1}` : apiField;
}
