// `npm test`: every check CI runs, in order, stopping at the first failure:
// lint, format, typecheck, openapi:check, i18n:check, build, unit, integration, fuzz (schemathesis), e2e (real Chromium).
// Ends with one line "<passed> passed, <failed> failed" summing Jest's test counts.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR, REPO_ROOT } from '../db/index.mjs';
import { ensureChromium } from './browser.mjs';

const RESULTS_DIR = join(CACHE_DIR, 'test-results');
const bin = (path) => join(REPO_ROOT, 'node_modules', path);
const totals = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(signal ? 1 : code));
  });
}

function node(script, ...args) {
  return () => run(process.execPath, [script, ...args]);
}

function jest(project, before) {
  return async () => {
    await before?.();
    const outputFile = join(RESULTS_DIR, `${project}.json`);
    await rm(outputFile, { force: true });
    const code = await run(
      process.execPath,
      [
        bin('jest/bin/jest.js'),
        '--selectProjects',
        project,
        '--passWithNoTests',
        '--json',
        '--outputFile',
        outputFile,
      ],
      { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
    );
    const report = JSON.parse(await readFile(outputFile, 'utf8').catch(() => 'null'));
    if (report) {
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
    }
    return code;
  };
}

const STAGES = [
  ['lint', node(join(REPO_ROOT, 'tools/lint/lint.mjs'), '.')],
  ['format', node(bin('prettier/bin/prettier.cjs'), '--check', '.')],
  ['typecheck', node(join(REPO_ROOT, 'tools/build/typecheck.mjs'))],
  ['openapi:check', node(join(REPO_ROOT, 'tools/openapi/generate.mjs'), '--check')],
  ['i18n:check', node(join(REPO_ROOT, 'tools/i18n/check-translations.mjs'))],
  ['build', node(join(REPO_ROOT, 'tools/build/build-all.mjs'))],
  ['unit', jest('unit')],
  ['integration', jest('integration')],
  ['fuzz', node(join(REPO_ROOT, 'tools/fuzz/run-fuzz.mjs'))],
  ['e2e', jest('e2e', ensureChromium)],
];

await mkdir(RESULTS_DIR, { recursive: true });
const started = Date.now();
let failedStage;
for (const [name, stage] of STAGES) {
  console.log(`\n━━━━ ${name} ${'━'.repeat(Math.max(0, 60 - name.length))}`);
  const since = Date.now();
  const code = await stage();
  console.log(
    `──── ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${((Date.now() - since) / 1000).toFixed(1)} s)`,
  );
  if (code !== 0) {
    failedStage = name;
    break;
  }
}
console.log(
  `\n${failedStage ? `stopped at ${failedStage}` : 'all stages passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStage ? 1 : 0);
