// Jest globalSetup of the `integration` project: real embedded PostgreSQL, FerretDB and
// maildev on temporary data and free ports, migrated once. Tests read the URLs from env.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, startTestEnvironment } from '../db/index.mjs';

const MIGRATE = join(REPO_ROOT, 'core', 'dist', 'migrations', 'migrate.js');

export default async function integrationSetup() {
  const environment = await startTestEnvironment();
  globalThis.__astroTestEnvironment = environment;
  Object.assign(process.env, {
    // Explicit, though Jest sets it too: anything else means production, which refuses the test secrets.
    NODE_ENV: 'test',
    DATABASE_URL: environment.databaseUrl,
    MONGO_URL: environment.mongoUrl,
    SMTP_URL: environment.smtpUrl,
    MAIL_WEB_URL: environment.mailWebUrl,
  });
  if (existsSync(MIGRATE)) {
    try {
      await promisify(execFile)(process.execPath, [MIGRATE], { env: { ...process.env, NODE_OPTIONS: '' } });
    } catch (error) {
      await environment.stop();
      throw new Error(`migrations failed: ${error.stderr || error.message}`, { cause: error });
    }
  }
}
