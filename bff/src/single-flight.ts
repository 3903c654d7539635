interface Entry<T> {
  readonly result: Promise<T>;
  settledAt?: number;
}

/**
 * Runs `work` once per key however many requests ask at the same time, and keeps the outcome for a
 * grace period. Refresh tokens rotate on every use: a second request still carrying the old cookie
 * (sent before the browser received the new one) must get the same new pair, not present the old token
 * again, which the Auth API would rightly treat as reuse and end the whole session.
 */
export class SingleFlight<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly graceMs: number) {}

  run(key: string, work: () => Promise<T>): Promise<T> {
    this.forgetExpired();
    const existing = this.entries.get(key);
    if (existing) return existing.result;
    const entry: Entry<T> = {
      result: work().finally(() => {
        entry.settledAt = Date.now();
      }),
    };
    this.entries.set(key, entry);
    entry.result.catch(() => this.entries.delete(key));
    return entry.result;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.settledAt !== undefined && now - entry.settledAt > this.graceMs) this.entries.delete(key);
    }
  }
}
