/**
 * A call to another service that got no answer: it gave up at its deadline (`timeout`, a 504 to whoever asked)
 * or could not connect at all (`unreachable`, a 502). Callers tell it by name, not `instanceof`, like the fetch
 * errors it wraps, which come from another realm under Jest.
 */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';

  constructor(
    /** The service called, as people say it: `Core API`. */
    readonly service: string,
    readonly reason: 'timeout' | 'unreachable',
    cause: unknown,
  ) {
    super(
      reason === 'timeout'
        ? `${service} did not answer in time`
        : `${service} could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }

  static isOne(error: unknown): error is ServiceUnavailableError {
    return (error as { name?: unknown } | null)?.name === 'ServiceUnavailableError';
  }
}
