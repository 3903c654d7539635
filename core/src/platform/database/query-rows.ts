import type { EntityManager } from 'typeorm';

/**
 * Rows of a raw statement, whatever its kind: TypeORM hands UPDATE … RETURNING back as `[rows, count]` but
 * SELECT/INSERT as plain rows, so this asks for the structured result and always returns the records.
 */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return result.records as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
