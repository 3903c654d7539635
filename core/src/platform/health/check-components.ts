import type { ComponentHealthDto } from './health.dto.js';
import { withTimeout, type HealthIndicator } from './health-indicator.js';

const CHECK_TIMEOUT_MS = 3000;

/** Runs all checks in parallel and reports each one's status and latency. */
export async function checkComponents(indicators: HealthIndicator[]): Promise<ComponentHealthDto[]> {
  return Promise.all(
    indicators.map(async (indicator) => {
      const startedAt = performance.now();
      try {
        await withTimeout(indicator.check(), CHECK_TIMEOUT_MS, indicator.name);
        return { name: indicator.name, status: 'up' as const, latencyMs: elapsed(startedAt) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          name: indicator.name,
          status: 'down' as const,
          latencyMs: elapsed(startedAt),
          error: message,
        };
      }
    }),
  );
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
