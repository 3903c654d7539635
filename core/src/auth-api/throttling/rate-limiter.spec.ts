import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows up to the limit in a window, then refuses with the seconds left', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect(limiter.hit('login:1.2.3.4', 2, 60_000).allowed).toBe(true);
    expect(limiter.hit('login:1.2.3.4', 2, 60_000).allowed).toBe(true);
    now = 15_000;
    expect(limiter.hit('login:1.2.3.4', 2, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('counts each key on its own and starts afresh when the window is over', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    limiter.hit('a', 1, 1000);
    expect(limiter.hit('b', 1, 1000).allowed).toBe(true);
    expect(limiter.hit('a', 1, 1000).allowed).toBe(false);
    now = 1000;
    expect(limiter.hit('a', 1, 1000).allowed).toBe(true);
  });
});

describe('RateLimiter.peek', () => {
  it('tells whether the next attempt would pass without counting one', () => {
    const limiter = new RateLimiter(() => 0);
    limiter.hit('k', 5, 1000);
    expect(limiter.peek('k', 2).allowed).toBe(true);
    limiter.hit('k', 5, 1000);
    expect(limiter.peek('k', 2).allowed).toBe(false);
    expect(limiter.peek('other', 2).allowed).toBe(true);
  });
});
