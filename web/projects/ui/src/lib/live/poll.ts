/** What a poll needs from the page it runs in: a clock, timers and whether the page is in view. */
export interface PollHost {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  hidden(): boolean;
  /** Calls `listener` whenever the page is hidden or shown again; returns how to stop listening. */
  onVisibilityChange(listener: () => void): () => void;
}

/** How often a poll asks: `firstMs` before the first check, then each wait `factor` times longer, up to `maxMs`. */
export interface PollPace {
  readonly firstMs: number;
  readonly factor: number;
  readonly maxMs: number;
}

export type PollAnswer = 'again' | 'done';

export interface Poll {
  stop(): void;
}

/**
 * Runs `check` on a backing-off timer until it answers `done` or the poll is stopped. One check at a time: the
 * next wait starts when a check settles, and a check that fails counts as `again`, so a slow or failing server
 * is asked less and less often, never more than the pace allows. Nothing runs while the page is hidden; when
 * it is shown again, the check that fell due meanwhile runs at once, and only that one, so a person who comes
 * back sees fresh data without a burst of requests.
 */
export function poll(check: () => Promise<PollAnswer>, pace: PollPace, host: PollHost): Poll {
  let wait = pace.firstMs;
  let dueAt = host.now() + wait;
  let timer: unknown;
  let checking = false;
  let stopped = false;

  const cancelTimer = (): void => {
    if (timer !== undefined) host.clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (): void => {
    if (stopped || checking || host.hidden()) return;
    cancelTimer();
    timer = host.setTimeout(() => void run(), Math.max(0, dueAt - host.now()));
  };
  const run = async (): Promise<void> => {
    timer = undefined;
    checking = true;
    const answer = await check().catch((): PollAnswer => 'again');
    checking = false;
    if (stopped) return;
    if (answer === 'done') return stop();
    wait = Math.min(wait * pace.factor, pace.maxMs);
    dueAt = host.now() + wait;
    schedule();
  };
  const stopListening = host.onVisibilityChange(() => (host.hidden() ? cancelTimer() : schedule()));
  const stop = (): void => {
    stopped = true;
    cancelTimer();
    stopListening();
  };

  schedule();
  return { stop };
}

/** The browser's clock, timers and Page Visibility, for `poll`. */
export function pagePollHost(document: Document): PollHost {
  return {
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    hidden: () => document.visibilityState === 'hidden',
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}
