/** Adds up `fields` of `rows` per currency, in currency order: amounts in different currencies never mix. */
export function totalsByCurrency<F extends string>(
  rows: ReadonlyArray<{ currency: string } & Record<F, number>>,
  fields: readonly F[],
): Array<{ currency: string } & Record<F, number>> {
  const totals = new Map<string, { currency: string } & Record<F, number>>();
  for (const row of rows) {
    const total =
      totals.get(row.currency) ??
      ({ currency: row.currency, ...Object.fromEntries(fields.map((f) => [f, 0])) } as {
        currency: string;
      } & Record<F, number>);
    for (const field of fields) (total as Record<F, number>)[field] += row[field];
    totals.set(row.currency, total);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
