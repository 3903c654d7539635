/** Whether a PostgreSQL write failed on a unique constraint (SQLSTATE 23505), as TypeORM reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return failure?.code === '23505' || failure?.driverError?.code === '23505';
}
