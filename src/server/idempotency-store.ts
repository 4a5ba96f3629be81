/** A response as the idempotency store keeps it: the handler's JSON answer, never a credential. */
export type StoredResponse = {
  status: number;
  /** The JSON body as sent. */
  body: string;
  headers?: Record<string, string> | undefined;
};

/**
 * One key's entry. `fingerprint` is an HMAC-SHA-256 (hex), under the Idempotency-Key, of the
 * canonical request body and the caller's scope: it tells a replay from a reuse without keeping the credentials.
 */
export type IdempotencyEntry =
  | { state: 'pending'; fingerprint: string }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

/**
 * Where the handler remembers `Idempotency-Key`s. The default is an in-memory
 * {@link MemoryIdempotencyStore}, which is right for one process; with several processes or
 * instances, use a shared store. `claim` must be atomic.
 *
 * Each attempt claims its key with a random `token`, and completes or releases it with the same
 * token. A store should ignore a `complete` or `release` whose token does not hold the key: an
 * attempt that ran past the pending expiry, its key claimed again by a retry, must not free that
 * claim (a third run) nor overwrite its answer. A store written without tokens still works, but
 * without that check.
 *
 * @example
 * // Redis (node-redis v4): SET NX claims; a script completes or releases only the claim it holds,
 * // or a key that has expired meanwhile (an answer is still worth keeping then). A value that is
 * // not an entry (not JSON, or not an object) is not a claim it holds: left alone, not an error.
 * const ifHeld = `local v = redis.call('GET', KEYS[1])
 *   if v then
 *     local ok, held = pcall(cjson.decode, v)
 *     if not ok or type(held) ~= 'table' or (held.token or '') ~= ARGV[1] then return 0 end
 *   end
 *   if ARGV[2] == '' then return redis.call('DEL', KEYS[1]) end
 *   return redis.call('SET', KEYS[1], ARGV[2], 'PX', 86400000)`;
 * const redisStore: IdempotencyStore = {
 *   async claim(key, fingerprint, token) {
 *     const claimed = await redis.set(`idem:${key}`, JSON.stringify({ state: 'pending', fingerprint, token }),
 *       { NX: true, PX: 120_000 });
 *     if (claimed) return undefined;
 *     // Expired between the two calls, or not an entry (as the script treats it): report it as in
 *     // progress, never as free (a duplicate would run) nor as an error. The handler looks again.
 *     return entryOf(await redis.get(`idem:${key}`)) ?? { state: 'pending', fingerprint };
 *   },
 *   async complete(key, entry, token) {
 *     await redis.eval(ifHeld, { keys: [`idem:${key}`], arguments: [token ?? '', JSON.stringify({ state: 'done', ...entry })] });
 *   },
 *   async release(key, token) {
 *     await redis.eval(ifHeld, { keys: [`idem:${key}`], arguments: [token ?? '', ''] });
 *   },
 * };
 * function entryOf(value: string | null): IdempotencyEntry | undefined {
 *   try {
 *     const entry = JSON.parse(value ?? 'null');
 *     return entry?.state === 'pending' || entry?.state === 'done' ? entry : undefined;
 *   } catch {
 *     return undefined; // not JSON
 *   }
 * }
 */
export interface IdempotencyStore {
  /**
   * Claims `key` for a new request. Resolves `undefined` when the key was free (it is now
   * pending, held by `token`), else the entry already there. Must be atomic: two concurrent
   * claims of one key never both resolve `undefined`. A pending entry should expire (a crashed
   * process must not block a key forever).
   */
  claim(key: string, fingerprint: string, token?: string): Promise<IdempotencyEntry | undefined>;
  /**
   * Records the final response of a claimed key; later claims get it back. Only while `token`
   * holds the claim, or the key is free again (the claim expired and nobody claimed it since).
   */
  complete(key: string, entry: { fingerprint: string; response: StoredResponse }, token?: string): Promise<void>;
  /**
   * Frees a claimed key: the attempt ended in a retryable error, so a retry runs again. Only while
   * `token` holds the claim.
   */
  release(key: string, token?: string): Promise<void>;
}

export type MemoryIdempotencyStoreOptions = {
  /** How long a final response is replayed; default 24 hours. */
  ttlMs?: number | undefined;
  /** How long a pending claim blocks its key when never completed; default 2 minutes. */
  pendingTtlMs?: number | undefined;
  /**
   * At most this many keys are kept; the oldest go first. Claims still in flight never go to make
   * room (they expire after `pendingTtlMs`), so while they fill the store it holds them and the
   * latest answer. Default 10,000.
   */
  maxEntries?: number | undefined;
  /** The clock, for tests. */
  now?: (() => number) | undefined;
};

/** `token` is the claim's holder, while the entry is pending. */
type Slot = { entry: IdempotencyEntry; expiresAt: number; token?: string | undefined };

/**
 * The default idempotency store: a bounded in-memory map with expiry. State belongs to the
 * instance; one per handler unless you pass your own.
 *
 * @example
 * createConnectHandler({ onConnect, idempotency: { store: new MemoryIdempotencyStore({ maxEntries: 1000 }) } });
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #slots = new Map<string, Slot>();
  readonly #ttlMs: number;
  readonly #pendingTtlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: MemoryIdempotencyStoreOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.#pendingTtlMs = options.pendingTtlMs ?? 2 * 60 * 1000;
    this.#maxEntries = Math.max(1, options.maxEntries ?? 10_000);
    this.#now = options.now ?? Date.now;
  }

  /** How many keys are held (expired ones may still count until the next write). */
  get size(): number {
    return this.#slots.size;
  }

  async claim(key: string, fingerprint: string, token?: string): Promise<IdempotencyEntry | undefined> {
    const now = this.#now();
    const slot = this.#slots.get(key);
    if (slot && slot.expiresAt > now) return slot.entry;
    this.#set(key, { entry: { state: 'pending', fingerprint }, expiresAt: now + this.#pendingTtlMs, token });
    return undefined;
  }

  async complete(key: string, entry: { fingerprint: string; response: StoredResponse }, token?: string): Promise<void> {
    if (this.#heldByAnother(key, token)) return;
    this.#set(key, { entry: { state: 'done', ...entry }, expiresAt: this.#now() + this.#ttlMs });
  }

  async release(key: string, token?: string): Promise<void> {
    if (this.#heldByAnother(key, token)) return;
    this.#slots.delete(key);
  }

  /**
   * Whether a live entry other than `token`'s own claim holds `key`: a retry's claim, or its
   * answer, after this attempt's claim expired. Without a token (a caller from before tokens),
   * never.
   */
  #heldByAnother(key: string, token: string | undefined): boolean {
    const slot = this.#slots.get(key);
    if (token === undefined || !slot || slot.expiresAt <= this.#now()) return false;
    return slot.entry.state !== 'pending' || slot.token !== token;
  }

  #set(key: string, slot: Slot) {
    // Re-inserting moves the key to the end, so the map stays in order of last write.
    this.#slots.delete(key);
    this.#slots.set(key, slot);
    // Oldest first: drop what has expired, and whatever is over the cap. A claim still in flight
    // stays until it completes or expires (pendingTtlMs): dropping it to make room would let its
    // duplicate run the connection again, and anyone's requests can fill the store. Nor does the
    // entry just written go, though claims in flight fill the store: its retry needs it next.
    const now = this.#now();
    for (const [candidate, { entry, expiresAt }] of this.#slots) {
      if (candidate === key || (this.#slots.size <= this.#maxEntries && expiresAt > now)) break;
      if (expiresAt <= now || entry.state !== 'pending') this.#slots.delete(candidate);
    }
  }
}
