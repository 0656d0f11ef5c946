import { HandleCell, StaleHandleError, toBytes, type BytesInput } from '@org/wasm-runtime';
import { digestBatch, type PackedMessages } from './batch.js';
import { crypto } from './binding.js';

/** Input larger than this crosses into wasm in pieces: bounded copies, and V8 tiers up mid-hash. */
export const CHUNK = 1 << 20;

/** What the streaming wasm objects (the glue's `Hasher` and `HmacHasher`) have in common. */
interface RawStream {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  reset(): void;
  cloneState(): RawStream;
  free(): void;
}

/** Algorithm ids of the crate's table (crates/crypto/src/algorithm.rs), kept out of the public API. */
const ids = new WeakMap<object, number>();

/** The crate's algorithm id of `hash`, or a TypeError naming `name` if it is not one of ours. */
export function algorithmId(hash: HashFunction, name: string): number {
  const id = ids.get(hash);
  if (id === undefined) throw new TypeError(`${name} must be one of this package’s hash functions (e.g. sha256)`);
  return id;
}

/**
 * A wasm stream for the next `new Hasher()` to take over, with how to make a fresh one after
 * `digest()` (none for HMAC, whose key is not kept). Lets `clone()` and `hmac.create()` build
 * Hashers without a public constructor argument.
 */
let adopting: { raw: RawStream; recreate: (() => RawStream) | undefined } | undefined;

/** A Hasher over an existing wasm stream (see `adopting`). */
export function adoptHasher(hash: HashFunction, raw: RawStream, recreate: (() => RawStream) | undefined): Hasher {
  adopting = { raw, recreate };
  return new Hasher(hash);
}

/**
 * An incremental hash, for data that arrives in pieces: `sha256.create()`, `sha512.create()`…,
 * and the streaming HMAC that `hmac.create()` returns. `digest()` frees its wasm memory; call
 * `dispose()` (or use `using`) when you abandon a hasher before digesting.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * const hasher = sha256.create();
 * hasher.update('hello ').update('world');
 * const digest = hasher.digest();
 * ```
 */
export class Hasher {
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  readonly #hash: HashFunction;
  /** Makes a fresh wasm stream for `reset()` after `digest()`; none for HMAC. */
  readonly #recreate: (() => RawStream) | undefined;
  /** The wasm-side stream; none once finished (digest frees it) or disposed. */
  #cell: HandleCell<RawStream> | undefined;
  #state: 'open' | 'finished' | 'disposed' = 'open';

  /** Starts an empty message for `hash`; the same as `hash.create()`. */
  constructor(hash: HashFunction) {
    const adopted = adopting;
    adopting = undefined;
    const id = algorithmId(hash, 'hash');
    this.#hash = hash;
    this.outputLen = hash.outputLen;
    this.blockLen = hash.blockLen;
    const module = crypto.get();
    const fresh = (): RawStream => module.call((glue) => new glue.Hasher(id));
    this.#recreate = adopted ? adopted.recreate : fresh;
    const raw = adopted ? adopted.raw : fresh();
    this.#cell = new HandleCell(module, 'hasher', raw);
  }

  /** Appends `data` (UTF-8 for strings) to the message; returns the hasher for chaining. */
  update(data: BytesInput): this {
    const bytes = toBytes(data, 'data');
    const raw = this.#open('update');
    const module = crypto.get();
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      const piece = bytes.subarray(offset, offset + CHUNK);
      module.call(() => raw.update(piece));
    }
    return this;
  }

  /** Returns the digest (`outputLen` bytes) and finishes the hasher (`reset()` makes it usable again). */
  digest(): Uint8Array {
    const raw = this.#open('digest');
    const out = crypto.get().call(() => raw.digest());
    this.#cell?.dispose();
    this.#cell = undefined;
    this.#state = 'finished';
    return out;
  }

  /** Writes the digest into `out` (at least `outputLen` bytes) and finishes the hasher. */
  digestInto(out: Uint8Array): void {
    if (!(out instanceof Uint8Array)) throw new TypeError('out must be a Uint8Array');
    if (out.length < this.outputLen) throw new RangeError(`out must hold at least ${this.outputLen} bytes; got ${out.length}`);
    out.set(this.digest());
  }

  /** Forgets all input so the hasher can be used again, also after `digest()` (not after `dispose()`). */
  reset(): this {
    if (this.#state === 'finished') {
      if (!this.#recreate) throw new Error('Hasher.reset(): an HMAC cannot be reset after digest(); create a new one (its key is not kept)');
      this.#cell = new HandleCell(crypto.get(), 'hasher', this.#recreate());
      this.#state = 'open';
    } else {
      const raw = this.#open('reset');
      crypto.get().call(() => raw.reset());
    }
    return this;
  }

  /** An independent copy of this hasher's state, e.g. to hash many messages with a shared prefix. */
  clone(): Hasher {
    const raw = this.#open('clone');
    return adoptHasher(this.#hash, crypto.get().call(() => raw.cloneState()), this.#recreate);
  }

  /** Frees the hasher's wasm memory; it cannot be used afterwards. Safe to call more than once. */
  dispose(): void {
    this.#cell?.dispose();
    this.#cell = undefined;
    this.#state = 'disposed';
  }

  /** Same as `dispose()`, for `using hasher = sha256.create()`. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  #open(method: string): RawStream {
    if (this.#state === 'disposed') throw new StaleHandleError(`Hasher.${method}(): this hasher was disposed`);
    if (this.#state === 'finished') throw new Error(`Hasher.${method}(): digest() was already called; call reset() to hash again`);
    return (this.#cell as HandleCell<RawStream>).get(); // throws StaleHandleError after a panic
  }
}

/**
 * A hash function in the call shape of `@noble/hashes`: call it, or `.create()` a streaming
 * hasher; `.batch()` hashes many messages in one call into WebAssembly.
 *
 * @example
 * ```ts
 * import { sha512, type HashFunction } from '@org/wasm-crypto';
 * const hash: HashFunction = sha512;
 * hash('abc'); // hash.outputLen bytes
 * hash.create().update('a').update('bc').digest(); // the same
 * hash.batch(['a', 'b']); // 2 × hash.outputLen bytes
 * ```
 */
export interface HashFunction {
  (message: BytesInput): Uint8Array;
  /** Starts an incremental hash. */
  create(): Hasher;
  /**
   * Hashes many messages in one call into WebAssembly (much faster than one call each for small
   * messages) and returns the digests concatenated: digest `i` is
   * `result.subarray(i * outputLen, (i + 1) * outputLen)`.
   */
  batch(messages: readonly BytesInput[] | PackedMessages): Uint8Array;
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
}

/** Builds the hash function for algorithm `id` of the crate's table. */
export function hashFunction(id: number, outputLen: number, blockLen: number): HashFunction {
  const hash: HashFunction = Object.assign(
    (message: BytesInput): Uint8Array => {
      const bytes = toBytes(message, 'message');
      if (bytes.length > CHUNK) return new Hasher(hash).update(bytes).digest();
      return crypto.get().call((glue) => glue.digest(id, bytes));
    },
    {
      create: () => new Hasher(hash),
      batch: (messages: readonly BytesInput[] | PackedMessages) => digestBatch(id, outputLen, messages),
      outputLen,
      blockLen,
    },
  );
  ids.set(hash, id);
  return hash;
}
