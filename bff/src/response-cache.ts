export interface ResponseCacheOptions {
  /** How long an entry is served as is. */
  readonly freshMs: number;
  /** How long after that an entry is still served, while one request refreshes it in the background. */
  readonly staleMs: number;
  /** Most entries kept; the oldest is dropped first. */
  readonly maxEntries?: number;
  /** Injected by tests. */
  readonly now?: () => number;
}

interface Entry<T> {
  value: T;
  storedAt: number;
  refreshing: boolean;
}

/**
 * In-memory cache with stale-while-revalidate for public data the pages are rendered from: a burst of
 * visitors costs the APIs one call per key and freshness window, yet a stale answer is never older than
 * `freshMs + staleMs`. Concurrent misses of one key share one load; a failed load is never cached, and a
 * failed background refresh keeps the stale entry until it expires.
 * Only for anonymous, public data: keys must not depend on who is asking. Entries hold facts, never words
 * (the pages choose those), so the English and Spanish pages of one path share an entry safely.
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly loading = new Map<string, Promise<T>>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? Date.now;
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.options.freshMs === 0) return load();
    const entry = this.entries.get(key);
    if (entry) {
      const age = this.now() - entry.storedAt;
      if (age <= this.options.freshMs) return entry.value;
      if (age <= this.options.freshMs + this.options.staleMs) {
        if (!entry.refreshing) {
          entry.refreshing = true;
          this.load(key, load)
            .catch(() => undefined)
            .finally(() => {
              entry.refreshing = false;
            });
        }
        return entry.value;
      }
      this.entries.delete(key);
    }
    return this.load(key, load);
  }

  private load(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.loading.get(key);
    if (pending) return pending;
    const result = load()
      .then((value) => {
        this.store(key, value);
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, result);
    return result;
  }

  private store(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now(), refreshing: false });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/** `Cache-Control` for public answers cached as above, so browsers and proxies follow the same windows. */
export function publicCacheControl(options: ResponseCacheOptions): string {
  if (options.freshMs === 0) return 'no-cache';
  return `public, max-age=${Math.floor(options.freshMs / 1000)}, stale-while-revalidate=${Math.floor(options.staleMs / 1000)}`;
}
