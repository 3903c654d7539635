/** Whether a Mongo write failed on a unique index (error 11000), which single-use claims rely on. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}
