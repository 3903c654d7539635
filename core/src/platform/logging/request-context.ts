import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with a request id that logs and outgoing calls made anywhere inside it can read. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The request id of the request (or job) being handled, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
