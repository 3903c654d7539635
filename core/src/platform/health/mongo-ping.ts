import type { Connection } from 'mongoose';

/** Asks the server itself, so a dropped connection shows up even while mongoose would still buffer commands. */
export async function pingMongo(connection: Connection): Promise<void> {
  if (!connection.db) throw new Error('not connected');
  await connection.db.command({ ping: 1 });
}
