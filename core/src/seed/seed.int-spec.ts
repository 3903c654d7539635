import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';

// The seed as compose's `migrate` container runs it: the built script, in its own process.
const SEED = fileURLToPath(new URL('../../dist/seed/seed.js', import.meta.url));

async function runSeed(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const { NODE_OPTIONS: _jest, NODE_ENV: _test, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SEED], {
      env: { ...inherited, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the seed in production', () => {
  let databases: IsolatedDatabases;

  beforeAll(async () => {
    if (!existsSync(SEED)) throw new Error(`${SEED} is missing: run \`npm run build\` first`);
    databases = await createIsolatedDatabases();
  }, 60_000);

  afterAll(() => databases?.drop(), 30_000);

  const demoAccounts = async () => {
    const coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
    try {
      return await coreDb.collection('credentials').countDocuments({ email: /@astrobookings\.test$/ });
    } finally {
      await coreDb.close();
    }
  };

  it('refuses to start when SEED_DEMO_ACCOUNTS=true, and writes no account with the published password', async () => {
    const result = await runSeed({ ...databases.env, NODE_ENV: 'production', SEED_DEMO_ACCOUNTS: 'true' });

    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'SEED_DEMO_ACCOUNTS=true is refused in production: demo accounts share a published password',
    );
    expect(await demoAccounts()).toBe(0);
  });

  it('seeds the demo data without the demo accounts when NODE_ENV is unset', async () => {
    const result = await runSeed(databases.env);

    expect(result.code).toBe(0);
    expect(result.output).toContain('demo accounts skipped');
    expect(await demoAccounts()).toBe(0);
  });
});
