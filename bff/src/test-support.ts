import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `handler` on a free local port; specs talk to it over real HTTP. */
export async function listen(handler: RequestListener): Promise<Running> {
  const server: Server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL nothing listens on: a port briefly bound and released. */
export async function deadUrl(): Promise<string> {
  const running = await listen(() => undefined);
  await running.close();
  return running.url;
}
