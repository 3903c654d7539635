/** Whether a PostgreSQL write named a row that does not exist (SQLSTATE 23503), as TypeORM reports it. */
export function isForeignKeyViolation(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return failure?.code === '23503' || failure?.driverError?.code === '23503';
}
