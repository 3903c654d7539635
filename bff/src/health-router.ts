import { Router } from 'express';

export type ApiState = 'ok' | 'down';

export interface HealthRouterOptions {
  readonly app: string;
  /** API name → base URL; each one's `/health/live` is probed. */
  readonly checks: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

/**
 * `GET /bff/health`: this server is up, and so is every API it calls. 503 when any API is down, so a
 * launcher or load balancer sees a server that cannot render its pages as unhealthy.
 */
export function healthRouter({ app, checks, timeoutMs = 2000 }: HealthRouterOptions): Router {
  const router = Router();
  router.get('/bff/health', async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, baseUrl]) => [name, await probe(baseUrl, timeoutMs)] as const),
    );
    const apis = Object.fromEntries(entries);
    const healthy = entries.every(([, state]) => state === 'ok');
    res
      .status(healthy ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: healthy ? 'ok' : 'down', app, apis });
  });
  return router;
}

async function probe(baseUrl: string, timeoutMs: number): Promise<ApiState> {
  try {
    const response = await fetch(`${baseUrl}/health/live`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}
