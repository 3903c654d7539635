// Booking throughput: 50 concurrent clients placing 1-seat holds through the Customer API (→ Core API →
// PostgreSQL), against the whole system started by the launcher on temporary data and free ports.
// Needs built outputs (`npm run build`). Usage: tools/bin/with-node24 node tools/bench/booking.bench.mjs
// Env: BENCH_SECONDS (default 20), BENCH_CONNECTIONS (default 50).
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePorts, startSystem } from '../launcher/system.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DEMO_PASSWORD = 'Astro-Demo-2026!';

async function signIn(authUrl, email) {
  const response = await fetch(`${authUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return (await response.json()).accessToken;
}

/** A launch with room for every booking the run can make, so each request does the full work of a hold. */
async function createBenchLaunch(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO launches (supplier_id, rocket_id, mission_name, description, scheduled_at, launch_site,
                             destination, seats_total, seats_sold, minimum_occupancy, price_per_seat, currency)
       SELECT supplier_id, id, 'Benchmark flight', 'Made by the booking benchmark.', now() + interval '100 days',
              'Bench Site', 'Low Earth Orbit', 1000000, 0, 0, 1000, 'USD'
       FROM rockets ORDER BY name LIMIT 1 RETURNING id`,
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** Seats the launch counts as sold, and seats its bookings hold: they must agree. */
async function seatCounts(databaseUrl, launchId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT l.seats_sold, (SELECT coalesce(sum(seats), 0)::int FROM bookings WHERE launch_id = l.id) AS booked
       FROM launches l WHERE l.id = $1`,
      [launchId],
    );
    return { seatsSold: rows[0].seats_sold, seatsInBookings: rows[0].booked };
  } finally {
    await client.end();
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'astro-bench-'));
await chmod(dataDir, 0o755);
process.env.LOG_LEVEL ??= 'warn';
const system = await startSystem({
  dataDir,
  ports: await freePorts(),
  persistent: false,
  log: (line) => console.error(`[system] ${line}`),
});
try {
  const { AUTH_API_URL, CUSTOMER_API_URL, CORE_API_URL, DATABASE_URL } = system.env;
  const launchId = await createBenchLaunch(DATABASE_URL);
  const admin = await signIn(AUTH_API_URL, 'admin@astrobookings.test');
  await fetch(`${CORE_API_URL}/sync/catalog`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}` },
  });
  const token = await signIn(AUTH_API_URL, 'customer@astrobookings.test');

  const result = await autocannon({
    url: `${CUSTOMER_API_URL}/bookings`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ launchId, seats: 1 }),
    // Every attempt is a new booking: its own Idempotency-Key.
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  });
  // Requests still in flight when the run ends complete on the server but are not counted as answered.
  const { seatsSold, seatsInBookings } = await seatCounts(DATABASE_URL, launchId);
  const booked = result['2xx'];
  console.log(
    JSON.stringify(
      {
        connections: CONNECTIONS,
        seconds: SECONDS,
        bookings: booked,
        bookingsPerSecond: Number((booked / SECONDS).toFixed(1)),
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        non2xx: result.non2xx,
        errors: result.errors,
        seatsSold,
        seatsInBookings,
      },
      null,
      2,
    ),
  );
  if (seatsSold !== seatsInBookings) {
    throw new Error(`the launch counts ${seatsSold} seats sold but its bookings hold ${seatsInBookings}`);
  }
} finally {
  await system.stop();
}
