// Waits until a component's health endpoint answers 200, failing with a clear message.
import { waitUntil } from '../db/index.mjs';

export async function waitHealthy({ name, url, child, timeoutMs = 120_000 }) {
  let last = 'no answer yet';
  try {
    await waitUntil(
      async () => {
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
          last = `HTTP ${response.status} ${(await response.text()).slice(0, 300)}`;
          return response.ok;
        } catch (error) {
          last = error.cause?.code ?? error.message;
          return false;
        }
      },
      { description: `${name} (${url})`, timeoutMs, intervalMs: 300, child },
    );
  } catch (error) {
    throw new Error(`${error.message}\n  last answer from ${url}: ${last}`, { cause: error });
  }
}
