interface PgFailure {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

/**
 * Whether a PostgreSQL write failed on a unique constraint (SQLSTATE 23505), as TypeORM reports it; on the
 * named constraint or unique index when `constraint` is given.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = error as PgFailure | null;
  const pg = failure?.driverError ?? failure;
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}
