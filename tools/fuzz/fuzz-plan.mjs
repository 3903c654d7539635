// What the fuzz stage runs: every API's checked-in OpenAPI document, as each kind of caller, with the checks
// and bounds below. Changing a bound changes which examples a seed produces, so a reported seed reproduces a
// failure only with the same bounds.
import { join } from 'node:path';
import { REPO_ROOT } from '../db/index.mjs';

export const APIS = ['auth', 'customer', 'admin', 'core'].map((name) => ({
  name,
  spec: join(REPO_ROOT, 'openapi', 'specs', `${name}-api.json`),
  urlEnv: `${name.toUpperCase()}_API_URL`,
}));

/** Demo accounts (core/src/seed/demo-accounts.ts); the anonymous caller sends no credentials. */
export const CALLERS = [
  { name: 'anonymous' },
  { name: 'customer', email: 'customer@astrobookings.test' },
  { name: 'admin', email: 'admin@astrobookings.test' },
];

export const CHECKS = ['not_a_server_error', 'response_schema_conformance'];

// Stateful testing needs OpenAPI links, which the Nest documents do not have, so it would only repeat fuzzing.
export const PHASES = ['examples', 'coverage', 'fuzzing'];

export const DEFAULT_SEED = 20_260_101;

/** Keeps the whole stage (12 runs on a shared 2-core machine) within a few minutes. */
export const DEFAULT_MAX_EXAMPLES = 25;

/**
 * Operations that could take away what the rest of the run depends on, so they are never fuzzed:
 * - logout ends the caller's session (a refresh token found by chance would revoke it);
 * - disabling an account or changing its roles could lock out or demote the customer or admin whose token
 *   the following runs use, once the generated id happens to be theirs (GET /auth/users lists them).
 */
export const EXCLUDED_OPERATIONS = [
  { api: 'auth', operation: 'POST /auth/logout' },
  { api: 'auth', operation: 'POST /auth/users/{id}/disable' },
  { api: 'auth', operation: 'PATCH /auth/users/{id}/roles' },
];

/**
 * Limits of the system under test that a fuzzer meets at once: it sends hundreds of sign-ins from one
 * address. Generous values keep its requests reaching the validation and business code; 429s would pass the
 * checks anyway, they would just test less.
 */
export const SYSTEM_ENV = {
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  AUTH_LOCKOUT_THRESHOLD: '1000000',
  AUTH_ACCOUNT_LOCK_THRESHOLD: '1000000',
  API_RATE_LIMIT_PER_MINUTE: '1000000',
  BOOKING_HOLDS_PER_HOUR: '1000000',
  BOOKING_CHECKOUTS_PER_HOUR: '1000000',
  MAX_HELD_SEATS_PER_CUSTOMER: '1000000',
  EXPIRED_HOLDS_BEFORE_COOLDOWN: '1000000',
};
