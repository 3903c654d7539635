// Types for tools/db/index.mjs, so TypeScript tests and tools can import it.
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}
export interface RunningMailCatcher {
  smtpUrl: string;
  /** maildev's web inbox; its REST API lists caught mail at `${webUrl}/api/email`. */
  webUrl: string;
  stop(): Promise<void>;
}
export interface TestEnvironment {
  databaseUrl: string;
  mongoUrl: string;
  smtpUrl: string;
  mailWebUrl: string;
  stop(): Promise<void>;
}
export interface ServerLogOptions {
  logFile?: string;
  onLine?: (line: string) => void;
}
export interface ManagedProcess {
  name: string;
  pid: number | undefined;
  readonly running: boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
  exitSummary(): string;
  tail(): string;
  stop(options?: { signal?: NodeJS.Signals; timeoutMs?: number; group?: boolean }): Promise<unknown>;
}

export function ensureFerretDbBinary(options?: { log?: (message: string) => void }): Promise<string>;
export function startPostgres(
  options: { dataDir: string; port: number; persistent?: boolean } & ServerLogOptions,
): Promise<RunningServer>;
export function startFerretDb(
  options: { dataDir: string; port: number } & ServerLogOptions,
): Promise<RunningServer>;
export function startMailCatcher(
  options: { smtpPort: number; webPort: number; mailDir?: string } & ServerLogOptions,
): Promise<RunningMailCatcher>;
export function startTestEnvironment(): Promise<TestEnvironment>;
export function freePort(): Promise<number>;
export function isPortOpen(port: number, host?: string): Promise<boolean>;
export function waitUntil<T>(
  probe: () => Promise<T> | T,
  options?: { description?: string; timeoutMs?: number; intervalMs?: number; child?: ManagedProcess },
): Promise<T>;
export function spawnManaged(options: {
  name: string;
  command: string;
  args?: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  uid?: number;
  gid?: number;
  logFile?: string;
  onLine?: (line: string) => void;
  deathSignal?: NodeJS.Signals;
}): ManagedProcess;
export const REPO_ROOT: string;
export const CACHE_DIR: string;
export const DATA_DIR: string;
