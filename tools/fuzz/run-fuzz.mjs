// The fuzz stage of `npm test` (`npm run fuzz` alone): starts the whole system on temporary data and free
// ports, signs in the demo customer and admin, and runs schemathesis against every API as an anonymous
// caller, the customer and the admin (fuzz-plan.mjs). Exits 1 when any run finds a server error or a response
// that its document does not describe. Needs built outputs (`npm run build`).
//
// Options: --api=auth,customer,admin,core  --caller=anonymous,customer,admin  --seed=N  --max-examples=N
// (also FUZZ_SEED and FUZZ_MAX_EXAMPLES). Logs and JSON reports: .cache/test-results/fuzz/.
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_DIR } from '../db/index.mjs';
import { freePorts, startSystem } from '../launcher/system.mjs';
import { formatFuzzSummary } from './fuzz-summary.mjs';
import { APIS, CALLERS, DEFAULT_MAX_EXAMPLES, DEFAULT_SEED, SYSTEM_ENV } from './fuzz-plan.mjs';
import { runSchemathesis } from './run-schemathesis.mjs';
import { ensureSchemathesis } from './schemathesis-env.mjs';

const DEMO_PASSWORD = 'Astro-Demo-2026!';
const OUT_DIR = join(CACHE_DIR, 'test-results', 'fuzz');

function selection(value, all, what) {
  if (!value) return all;
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !all.some((item) => item.name === name));
  if (unknown.length)
    throw new Error(`unknown ${what}: ${unknown.join(', ')} (known: ${all.map((i) => i.name)})`);
  return all.filter((item) => names.includes(item.name));
}

function positiveInt(value, name) {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`${name} must be a positive integer`);
  return number;
}

/** The FAILURES section of a schemathesis log (each failure with its curl reproduction), else all of it. */
function failures(log) {
  const section = /^=+ FAILURES =+$([\s\S]*?)^=+ (?:WARNINGS|SUMMARY) =+$/m.exec(log);
  return (section?.[1] ?? log).trim();
}

async function signIn(authApiUrl, email) {
  const response = await fetch(`${authApiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`signing in ${email} answered ${response.status}: ${await response.text()}`);
  return (await response.json()).accessToken;
}

const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    caller: { type: 'string' },
    seed: { type: 'string', default: process.env.FUZZ_SEED ?? String(DEFAULT_SEED) },
    'max-examples': {
      type: 'string',
      default: process.env.FUZZ_MAX_EXAMPLES ?? String(DEFAULT_MAX_EXAMPLES),
    },
  },
});
const apis = selection(values.api, APIS, 'API');
const callers = selection(values.caller, CALLERS, 'caller');
const seed = positiveInt(values.seed, '--seed');
const maxExamples = positiveInt(values['max-examples'], '--max-examples');

const schemathesis = await ensureSchemathesis();
// Fresh every time: what schemathesis cached from an earlier run must not change what this one sends.
await rm(OUT_DIR, { recursive: true, force: true });
await mkdir(OUT_DIR, { recursive: true });
Object.assign(process.env, SYSTEM_ENV);
const dataDir = await mkdtemp(join(tmpdir(), 'astro-fuzz-'));
await chmod(dataDir, 0o755);
const system = await startSystem({
  dataDir,
  ports: await freePorts(),
  persistent: false,
  log: (line) => console.log(`[fuzz system] ${line}`),
});

const runs = [];
try {
  for (const api of apis) {
    for (const caller of callers) {
      const since = Date.now();
      // Signed in just before each run. An access token lives two minutes: later calls of a long run may get
      // 401s, which pass the checks but test less (the run time per API and caller is in the summary).
      const accessToken = caller.email ? await signIn(system.env.AUTH_API_URL, caller.email) : undefined;
      const run = await runSchemathesis({
        schemathesis,
        api,
        baseUrl: system.env[api.urlEnv],
        caller: caller.name,
        accessToken,
        seed,
        maxExamples,
        outDir: OUT_DIR,
      });
      runs.push({ ...run, seconds: (Date.now() - since) / 1000 });
      console.log(`${run.name}: ${run.code === 0 ? 'ok' : `FAILED, see ${run.logFile}`}`);
    }
  }
} finally {
  await system.stop();
}

const failed = runs.filter((run) => run.code !== 0);
console.log(`\n${formatFuzzSummary(runs)}\n`);
console.log(`seed ${seed}, at most ${maxExamples} examples per operation and phase; reports in ${OUT_DIR}`);
if (failed.length) {
  console.log(
    `to reproduce one: npm run fuzz -- --api=<api> --caller=<caller> --seed=${seed} --max-examples=${maxExamples}`,
  );
  for (const run of failed)
    console.log(`\n━━ ${run.name} (${run.logFile})\n${failures(await readFile(run.logFile, 'utf8'))}`);
}
process.exit(failed.length ? 1 : 0);
