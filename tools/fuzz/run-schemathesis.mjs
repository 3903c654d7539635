// One schemathesis run: one API's document against the running system, as one caller. Its console output goes
// to `<name>.log` and its JSON report to `<name>.json` in the output directory; the report is returned.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKS, EXCLUDED_OPERATIONS, PHASES } from './fuzz-plan.mjs';

/**
 * @param {object} options
 * @param {string} options.schemathesis executable
 * @param {{ name: string, spec: string }} options.api
 * @param {string} options.baseUrl
 * @param {string} options.caller
 * @param {string} [options.accessToken] none for the anonymous caller
 * @param {number} options.seed
 * @param {number} options.maxExamples
 * @param {string} options.outDir
 */
export async function runSchemathesis({
  schemathesis,
  api,
  baseUrl,
  caller,
  accessToken,
  seed,
  maxExamples,
  outDir,
}) {
  const name = `${api.name}-api-as-${caller}`;
  const logFile = join(outDir, `${name}.log`);
  const reportFile = join(outDir, `${name}.json`);
  await rm(reportFile, { force: true });
  const args = [
    'run',
    api.spec,
    '--url',
    baseUrl,
    '--checks',
    CHECKS.join(','),
    '--phases',
    PHASES.join(','),
    '--max-examples',
    String(maxExamples),
    '--seed',
    String(seed),
    // One worker and no example database: the seed alone decides what is sent.
    '--workers',
    '1',
    '--generation-database',
    'none',
    '--no-color',
    '--report',
    'json',
    '--report-json-path',
    reportFile,
    ...EXCLUDED_OPERATIONS.filter((excluded) => excluded.api === api.name).flatMap((excluded) => [
      '--exclude-name',
      excluded.operation,
    ]),
    ...(accessToken ? ['--header', `Authorization: Bearer ${accessToken}`] : []),
  ];
  const code = await new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    // Its cache (crash files for `st replay`) lands in the output directory, not in the work tree.
    const child = spawn(schemathesis, args, { cwd: outDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('error', reject);
    child.once('close', (exitCode, signal) => log.end(() => resolve(signal ? 1 : exitCode)));
  });
  const report = JSON.parse(await readFile(reportFile, 'utf8').catch(() => 'null'));
  return { name, api: api.name, caller, code, report, logFile };
}
