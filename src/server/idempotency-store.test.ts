// @vitest-environment node
import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { MemoryIdempotencyStore, type IdempotencyStore } from './idempotency-store.js';

const response = { status: 200, body: '{"account":{"id":"a","provider":"stripe"}}' };

describe('MemoryIdempotencyStore', () => {
  it('claims a free key, then reports it pending, then done', async () => {
    const store = new MemoryIdempotencyStore();
    expect(await store.claim('k', 'f')).toBeUndefined();
    expect(await store.claim('k', 'f')).toEqual({ state: 'pending', fingerprint: 'f' });
    await store.complete('k', { fingerprint: 'f', response });
    expect(await store.claim('k', 'f')).toEqual({ state: 'done', fingerprint: 'f', response });
  });

  it('frees a released key', async () => {
    const store = new MemoryIdempotencyStore();
    await store.claim('k', 'f');
    await store.release('k');
    expect(await store.claim('k', 'f')).toBeUndefined();
  });

  describe('given an attempt that ran past pendingTtlMs, its key claimed again by a retry', () => {
    async function overtaken() {
      let now = 0;
      const store = new MemoryIdempotencyStore({ pendingTtlMs: 100, now: () => now });
      expect(await store.claim('k', 'f', 'first')).toBeUndefined();
      now = 150;
      expect(await store.claim('k', 'f', 'retry')).toBeUndefined();
      return store;
    }

    it('does not free the retry’s claim when the first attempt releases', async () => {
      const store = await overtaken();
      await store.release('k', 'first');
      expect(await store.claim('k', 'f', 'third')).toEqual({ state: 'pending', fingerprint: 'f' });
    });

    it('does not complete over the retry’s claim with the first attempt’s answer', async () => {
      const store = await overtaken();
      await store.complete('k', { fingerprint: 'f', response }, 'first');
      expect(await store.claim('k', 'f', 'third')).toEqual({ state: 'pending', fingerprint: 'f' });
    });

    it('does not drop or replace the retry’s answer once it is kept', async () => {
      const store = await overtaken();
      const retried = { status: 200, body: '{"account":{"id":"b","provider":"stripe"}}' };
      await store.complete('k', { fingerprint: 'f', response: retried }, 'retry');
      await store.release('k', 'first');
      expect(await store.claim('k', 'f', 'third')).toEqual({ state: 'done', fingerprint: 'f', response: retried });
      await store.complete('k', { fingerprint: 'f', response }, 'first');
      expect(await store.claim('k', 'f', 'third')).toEqual({ state: 'done', fingerprint: 'f', response: retried });
    });

    it('lets the retry release and complete its own claim', async () => {
      const store = await overtaken();
      await store.release('k', 'retry');
      expect(await store.claim('k', 'f', 'third')).toBeUndefined();
      await store.complete('k', { fingerprint: 'f', response }, 'third');
      expect(await store.claim('k', 'f', 'fourth')).toEqual({ state: 'done', fingerprint: 'f', response });
    });
  });

  it('keeps the answer of an attempt whose claim expired while nobody claimed the key again', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ pendingTtlMs: 100, now: () => now });
    await store.claim('k', 'f', 'slow');
    now = 150;
    await store.complete('k', { fingerprint: 'f', response }, 'slow');
    expect(await store.claim('k', 'f', 'retry')).toEqual({ state: 'done', fingerprint: 'f', response });
  });

  it('completes and releases as before for a caller that passes no claim token', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ pendingTtlMs: 100, now: () => now });
    await store.claim('k', 'f', 'first');
    now = 150;
    await store.claim('k', 'f', 'retry');
    await store.release('k');
    expect(await store.claim('k', 'f')).toBeUndefined();
    await store.complete('k', { fingerprint: 'f', response });
    expect(await store.claim('k', 'f')).toEqual({ state: 'done', fingerprint: 'f', response });
  });

  it('forgets entries after their TTL; a pending claim expires sooner', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ ttlMs: 1000, pendingTtlMs: 100, now: () => now });
    await store.claim('pending', 'f');
    await store.claim('done', 'f');
    await store.complete('done', { fingerprint: 'f', response });
    now = 150;
    expect(await store.claim('pending', 'f')).toBeUndefined();
    expect(await store.claim('done', 'f')).toMatchObject({ state: 'done' });
    now = 1200;
    expect(await store.claim('done', 'f')).toBeUndefined();
  });

  describe('at exactly an entry’s expiry time', () => {
    it('finds the key free: the replay has ended', async () => {
      let now = 0;
      const store = new MemoryIdempotencyStore({ ttlMs: 1000, now: () => now });
      await store.claim('k', 'f');
      await store.complete('k', { fingerprint: 'f', response });
      now = 999;
      expect(await store.claim('k', 'f')).toMatchObject({ state: 'done' });
      now = 1000;
      expect(await store.claim('k', 'f')).toBeUndefined();
    });

    it('a write drops a claim that was never completed, though the store is not full', async () => {
      let now = 0;
      const store = new MemoryIdempotencyStore({ ttlMs: 1000, pendingTtlMs: 100, now: () => now });
      await store.claim('abandoned', 'f');
      await store.claim('done', 'f');
      await store.complete('done', { fingerprint: 'f', response });
      now = 100;
      await store.claim('next', 'f');
      expect(store.size).toBe(2);
    });
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      await store.claim(key, 'f');
      await store.complete(key, { fingerprint: 'f', response });
    }
    expect(store.size).toBe(3);
    expect(await store.claim('a', 'f')).toBeUndefined();
    expect(await store.claim('e', 'f')).toMatchObject({ state: 'done' });
  });

  it('counts a key written again as the newest, so it outlives the keys written in between', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2 });
    // A slow request started first and finished last; a fast one came and went in between.
    await store.claim('slow', 'f');
    await store.claim('fast', 'f');
    await store.complete('fast', { fingerprint: 'f', response });
    await store.complete('slow', { fingerprint: 'f', response });
    await store.claim('next', 'f');
    expect(await store.claim('slow', 'f')).toEqual({ state: 'done', fingerprint: 'f', response });
    expect(await store.claim('fast', 'f')).toBeUndefined();
  });

  it('never drops a claim still in flight to make room, so its duplicate cannot run again', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 3 });
    await store.claim('victim', 'f');
    // Anyone else's requests, enough to fill the store many times over.
    for (let index = 0; index < 20; index += 1) {
      await store.claim(`other-${index}`, 'g');
      await store.complete(`other-${index}`, { fingerprint: 'g', response });
    }
    expect(await store.claim('victim', 'f')).toEqual({ state: 'pending', fingerprint: 'f' });
    expect(store.size).toBe(3);
    expect(await store.claim('other-19', 'g')).toMatchObject({ state: 'done' });
  });

  it('keeps the answer just written even when claims in flight fill the store, so its retry gets it', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2 });
    await store.claim('slow-1', 'f');
    await store.claim('slow-2', 'f');
    await store.claim('mine', 'f');
    await store.complete('mine', { fingerprint: 'f', response });

    expect(await store.claim('mine', 'f')).toEqual({ state: 'done', fingerprint: 'f', response });
    expect(await store.claim('slow-1', 'f')).toEqual({ state: 'pending', fingerprint: 'f' });
    // Once a claim in flight completes, the store is back within its bounds.
    await store.complete('slow-1', { fingerprint: 'f', response });
    await store.complete('slow-2', { fingerprint: 'f', response });
    expect(store.size).toBe(2);
  });

  it('treats maxEntries: 0 as 1, so a retry of the latest request still gets its answer', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 0 });
    for (const key of ['a', 'b']) {
      await store.claim(key, 'f');
      await store.complete(key, { fingerprint: 'f', response });
    }
    expect(store.size).toBe(1);
    expect(await store.claim('b', 'f')).toEqual({ state: 'done', fingerprint: 'f', response });
  });

  it('drops expired entries first when it writes', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ ttlMs: 10, pendingTtlMs: 10, now: () => now });
    for (const key of ['a', 'b', 'c']) await store.claim(key, 'f');
    now = 100;
    await store.claim('d', 'f');
    expect(store.size).toBe(1);
  });
});

describe('the Redis store of IdempotencyStore’s JSDoc, as a host copies it', () => {
  /** The example's code, run against a stand-in for node-redis's `set` (with NX) and `get` over `values`. */
  async function redisExample(values: Map<string, string>): Promise<IdempotencyStore> {
    const source = readFileSync(new URL('./idempotency-store.ts', import.meta.url), 'utf8');
    const end = source.indexOf('export interface IdempotencyStore');
    const example = source
      .slice(source.lastIndexOf('@example', end) + '@example'.length, end)
      .split('\n')
      .map((line) => line.replace(/^\s*\*\/$/, '').replace(/^\s*\* ?/, ''))
      .join('\n');
    const { code } = await transformWithOxc(example, 'example.ts');
    const redis = {
      set: async (key: string, value: string, options: { NX?: boolean }) => {
        if (options.NX && values.has(key)) return null;
        values.set(key, value);
        return 'OK';
      },
      get: async (key: string) => values.get(key) ?? null,
    };
    return new Function('redis', `${code}\nreturn redisStore;`)(redis) as IdempotencyStore;
  }

  it('claims a free key, then reports the entry there', async () => {
    const values = new Map<string, string>();
    const store = await redisExample(values);
    expect(await store.claim('k', 'f', 'token')).toBeUndefined();
    expect(await store.claim('k', 'f', 'other')).toMatchObject({ state: 'pending', fingerprint: 'f' });
    values.set('idem:k', JSON.stringify({ state: 'done', fingerprint: 'f', response }));
    expect(await store.claim('k', 'f', 'other')).toEqual({ state: 'done', fingerprint: 'f', response });
  });

  // As its script leaves such a value alone: not a claim anybody holds, nor a free key.
  it.each(['not JSON', '42', 'null', '"pending"', '[]', '{}', '{"state":"gone"}'])(
    'reports a value that is not an entry (%s) as in progress: neither free, which would run a duplicate, nor an error',
    async (value) => {
      const store = await redisExample(new Map([['idem:k', value]]));
      expect(await store.claim('k', 'f', 'token')).toEqual({ state: 'pending', fingerprint: 'f' });
    },
  );
});
