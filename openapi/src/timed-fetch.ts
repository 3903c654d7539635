import { ServiceUnavailableError } from './service-unavailable-error.js';

/** How long a call may take when its caller does not say (SERVICE_CALL_TIMEOUT_MS in the services and BFFs). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A fetch that gives up after `timeoutMs` and says which service failed to answer: without a deadline a hung
 * service would hold every caller's request, and the caller's own client, open until its sockets time out.
 * Node's fetch reports a connection it could not make as `TypeError('fetch failed')`.
 */
export function timedFetch(
  service: string,
  timeoutMs: number,
  baseFetch: typeof fetch = (input, init) => fetch(input, init),
): (request: Request) => Promise<Response> {
  return async (request) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      return await baseFetch(request, { signal: AbortSignal.any([request.signal, deadline]) });
    } catch (error) {
      if (deadline.aborted) throw new ServiceUnavailableError(service, 'timeout', error);
      const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
      if (name === 'TypeError' && message === 'fetch failed') {
        throw new ServiceUnavailableError(service, 'unreachable', error);
      }
      throw error;
    }
  };
}
