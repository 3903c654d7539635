import { describe, expect, it } from '@jest/globals';
import { publicCacheControl, ResponseCache } from './response-cache.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function counter(values: string[]) {
  let calls = 0;
  return {
    load: () => Promise.resolve(values[Math.min(calls++, values.length - 1)]),
    calls: () => calls,
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('ResponseCache', () => {
  it('answers repeated requests within the fresh window from memory', async () => {
    const time = clock();
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 30_000, now: time.now });
    const source = counter(['v1', 'v2']);

    expect(await cache.get('/launches', source.load)).toBe('v1');
    time.advance(5000);
    expect(await cache.get('/launches', source.load)).toBe('v1');
    expect(source.calls()).toBe(1);
  });

  it('keeps keys apart', async () => {
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 0 });
    expect(await cache.get('/launches?page=1', () => Promise.resolve('one'))).toBe('one');
    expect(await cache.get('/launches?page=2', () => Promise.resolve('two'))).toBe('two');
    expect(await cache.get('/launches?page=1', () => Promise.resolve('other'))).toBe('one');
  });

  it('serves a stale entry at once and refreshes it only once in the background', async () => {
    const time = clock();
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 30_000, now: time.now });
    const source = counter(['v1', 'v2', 'v3']);
    await cache.get('k', source.load);
    time.advance(6000);

    const stale = await Promise.all([cache.get('k', source.load), cache.get('k', source.load)]);
    expect(stale).toEqual(['v1', 'v1']);
    await flush();
    expect(source.calls()).toBe(2);
    expect(await cache.get('k', source.load)).toBe('v2');
    expect(source.calls()).toBe(2);
  });

  it('loads again once an entry is older than fresh plus stale, sharing one load among concurrent misses', async () => {
    const time = clock();
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 30_000, now: time.now });
    const source = counter(['v1', 'v2', 'v3']);
    await cache.get('k', source.load);
    time.advance(35_001);

    expect(await Promise.all([cache.get('k', source.load), cache.get('k', source.load)])).toEqual([
      'v2',
      'v2',
    ]);
    expect(source.calls()).toBe(2);
  });

  it('never caches a failed load and keeps the stale entry when a refresh fails', async () => {
    const time = clock();
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 30_000, now: time.now });
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', () => Promise.resolve('v1'))).toBe('v1');

    time.advance(6000);
    expect(await cache.get('k', () => Promise.reject(new Error('down')))).toBe('v1');
    await flush();
    expect(await cache.get('k', () => Promise.resolve('v2'))).toBe('v1');
    await flush();
    expect(await cache.get('k', () => Promise.resolve('v3'))).toBe('v2');
  });

  it('drops the oldest entry beyond its size limit', async () => {
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 0, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, () => Promise.resolve(key));
    expect(await cache.get('a', () => Promise.resolve('reloaded'))).toBe('reloaded');
    expect(await cache.get('c', () => Promise.resolve('reloaded'))).toBe('c');
  });

  it('calls through on every request when the fresh window is 0', async () => {
    const cache = new ResponseCache<string>({ freshMs: 0, staleMs: 30_000 });
    const source = counter(['v1', 'v2']);
    await cache.get('k', source.load);
    expect(await cache.get('k', source.load)).toBe('v2');
  });
});

describe('publicCacheControl', () => {
  it('turns the windows into a matching Cache-Control header', () => {
    expect(publicCacheControl({ freshMs: 5000, staleMs: 30_000 })).toBe(
      'public, max-age=5, stale-while-revalidate=30',
    );
    expect(publicCacheControl({ freshMs: 0, staleMs: 30_000 })).toBe('no-cache');
  });
});
