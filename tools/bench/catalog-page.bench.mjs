// Public launch page throughput with and without the customer BFF's catalog cache: the same server-rendered
// launch detail page under 50 concurrent clients, once with the default cache and once with
// CATALOG_CACHE_TTL_MS=0, each against the whole system started by the launcher on temporary data.
// Needs built outputs (`npm run build`). Usage: tools/bin/with-node24 node tools/bench/catalog-page.bench.mjs
// Env: BENCH_SECONDS (default 15), BENCH_CONNECTIONS (default 50).
import autocannon from 'autocannon';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts, startSystem } from '../launcher/system.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function measure(cacheTtlMs) {
  const dataDir = await mkdtemp(join(tmpdir(), 'astro-bench-'));
  await chmod(dataDir, 0o755);
  process.env.LOG_LEVEL = 'warn';
  if (cacheTtlMs === undefined) delete process.env.CATALOG_CACHE_TTL_MS;
  else process.env.CATALOG_CACHE_TTL_MS = String(cacheTtlMs);
  const system = await startSystem({
    dataDir,
    ports: await freePorts(),
    persistent: false,
    log: (line) => console.error(`[system] ${line}`),
  });
  try {
    const { CUSTOMER_API_URL, CUSTOMER_WEB_URL } = system.env;
    const { items } = await (await fetch(`${CUSTOMER_API_URL}/launches?limit=1`)).json();
    const url = `${CUSTOMER_WEB_URL}/launches/${items[0].id}`;
    const page = await fetch(url);
    if (!page.ok || !(await page.text()).includes(items[0].missionName)) {
      throw new Error(`${url} did not render the launch`);
    }
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
    return {
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    await system.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const withCache = await measure(undefined);
const withoutCache = await measure(0);
console.log(
  JSON.stringify(
    {
      page: '/launches/{id}',
      connections: CONNECTIONS,
      seconds: SECONDS,
      withCache,
      withoutCache,
      speedup: Number((withCache.requestsPerSecond / withoutCache.requestsPerSecond).toFixed(2)),
    },
    null,
    2,
  ),
);
