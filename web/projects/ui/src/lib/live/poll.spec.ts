import { describe, expect, it } from '@jest/globals';
import { poll, type PollAnswer, type PollHost } from './poll';

/** A page whose clock only moves when the test says, and whose visibility the test switches. */
class FakePage implements PollHost {
  private time = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private nextId = 1;
  private listeners = new Set<() => void>();
  private isHidden = false;

  now = (): number => this.time;
  setTimeout = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };
  hidden = (): boolean => this.isHidden;
  onVisibilityChange = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get listening(): number {
    return this.listeners.size;
  }

  setHidden(hidden: boolean): void {
    this.isHidden = hidden;
    for (const listener of this.listeners) listener();
  }

  /** Moves the clock on by `ms`, running each timer that falls due and letting its check settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.run();
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    }
    this.time = end;
  }
}

/** A check that records when it ran and answers from a script (then `again`). */
function recorder(page: FakePage, answers: (PollAnswer | Error)[] = []) {
  const times: number[] = [];
  const check = (): Promise<PollAnswer> => {
    times.push(page.now());
    const answer = answers.shift() ?? 'again';
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { times, check };
}

const pace = { firstMs: 1000, factor: 2, maxMs: 5000 };

describe('poll', () => {
  it('waits longer after each check, up to the longest wait', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page);

    poll(check, pace, page);
    await page.advance(20_000);

    expect(times).toEqual([1000, 3000, 7000, 12_000, 17_000]);
  });

  it('stops asking once a check answers done, and stops listening to the page', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page, ['again', 'done']);

    poll(check, pace, page);
    await page.advance(60_000);

    expect(times).toEqual([1000, 3000]);
    expect(page.listening).toBe(0);
  });

  it('backs off after a failed check instead of giving up or retrying at once', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page, [new Error('502'), new Error('502'), 'done']);

    poll(check, pace, page);
    await page.advance(60_000);

    expect(times).toEqual([1000, 3000, 7000]);
  });

  it('asks nothing while the page is hidden and checks once, at once, when it is shown again', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page);

    poll(check, pace, page);
    await page.advance(1500);
    page.setHidden(true);
    await page.advance(30_000);
    expect(times).toEqual([1000]);

    page.setHidden(false);
    await page.advance(0);
    expect(times).toEqual([1000, 31_500]);
    await page.advance(4000);
    expect(times).toEqual([1000, 31_500, 35_500]);
  });

  it('does not check early when the page is shown again before the next check falls due', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page);

    poll(check, pace, page);
    page.setHidden(true);
    page.setHidden(false);
    page.setHidden(true);
    page.setHidden(false);
    await page.advance(2500);

    expect(times).toEqual([1000]);
  });

  it('starts hidden without asking, then asks when shown', async () => {
    const page = new FakePage();
    page.setHidden(true);
    const { times, check } = recorder(page);

    poll(check, pace, page);
    await page.advance(10_000);
    expect(times).toEqual([]);

    page.setHidden(false);
    await page.advance(0);
    expect(times).toEqual([10_000]);
  });

  it('asks nothing more once stopped', async () => {
    const page = new FakePage();
    const { times, check } = recorder(page);

    const following = poll(check, pace, page);
    await page.advance(1000);
    following.stop();
    page.setHidden(true);
    page.setHidden(false);
    await page.advance(60_000);

    expect(times).toEqual([1000]);
  });
});
