import { HandleCell, StaleHandleError, toBytes, type BytesInput } from '@org/wasm-runtime';
import { crypto, type CryptoGlue } from './binding.js';

/** Input larger than this crosses into wasm in pieces: bounded copies, and V8 tiers up mid-hash. */
const CHUNK = 1 << 20;

type RawHasher = InstanceType<CryptoGlue['Sha256Hasher']>;

/**
 * An incremental SHA-256 hasher, for data that arrives in pieces.
 * Create one with {@link sha256}`.create()`. `digest()` frees its wasm memory; call `dispose()`
 * (or use `using`) when you abandon a hasher before digesting.
 *
 * @example
 * ```ts
 * const hasher = sha256.create();
 * hasher.update('hello ').update('world');
 * const digest = hasher.digest();
 * ```
 */
export class Sha256 {
  /** Digest size in bytes. */
  readonly outputLen = 32;
  /** Internal block size in bytes. */
  readonly blockLen = 64;
  /** The wasm-side hasher; none once finished (digest frees it) or disposed. */
  #cell: HandleCell<RawHasher> | undefined;
  #state: 'open' | 'finished' | 'disposed' = 'open';

  /** Starts an empty hash; same as {@link sha256}`.create()`. */
  constructor() {
    const module = crypto.get();
    const adopted = adopting;
    adopting = undefined;
    this.#cell = module.call((glue) => new HandleCell(module, 'Sha256 hasher', adopted ?? new glue.Sha256Hasher()));
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

  /** Returns the 32-byte digest and finishes the hasher (`reset()` makes it usable again). */
  digest(): Uint8Array {
    const raw = this.#open('digest');
    const out = crypto.get().call(() => raw.digest());
    this.#cell?.dispose();
    this.#cell = undefined;
    this.#state = 'finished';
    return out;
  }

  /** Writes the digest into `out` (at least 32 bytes) and finishes the hasher. */
  digestInto(out: Uint8Array): void {
    if (!(out instanceof Uint8Array)) throw new TypeError('out must be a Uint8Array');
    if (out.length < this.outputLen) throw new RangeError(`out must hold at least ${this.outputLen} bytes; got ${out.length}`);
    out.set(this.digest());
  }

  /** Forgets all input so the hasher can be used again, also after `digest()` (not after `dispose()`). */
  reset(): this {
    if (this.#state === 'finished') {
      this.#cell = new Sha256().#cell;
      this.#state = 'open';
    } else {
      const raw = this.#open('reset');
      crypto.get().call(() => raw.reset());
    }
    return this;
  }

  /** An independent copy of this hasher's state, e.g. to hash many messages with a shared prefix. */
  clone(): Sha256 {
    const raw = this.#open('clone');
    adopting = crypto.get().call(() => raw.cloneState());
    return new Sha256();
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

  #open(method: string): RawHasher {
    if (this.#state === 'disposed') throw new StaleHandleError(`Sha256.${method}(): this hasher was disposed`);
    if (this.#state === 'finished') throw new Error(`Sha256.${method}(): digest() was already called; call reset() to hash again`);
    return (this.#cell as HandleCell<RawHasher>).get(); // throws StaleHandleError after a panic
  }
}

/** A wasm hasher for the next `new Sha256()` to take over, so that `clone()` needs no public constructor argument. */
let adopting: RawHasher | undefined;

/**
 * A hash function in the call shape of `@noble/hashes`: call it, or `.create()` a streaming hasher.
 *
 * @typeParam H The streaming hasher that `create()` returns.
 * @example
 * ```ts
 * import { sha256, type HashFunction, type Sha256 } from '@org/wasm-crypto';
 * const hash: HashFunction<Sha256> = sha256;
 * const digest = hash.create().update('abc').digest(); // hash.outputLen bytes
 * ```
 */
export interface HashFunction<H> {
  (message: BytesInput): Uint8Array;
  /** Starts an incremental hash. */
  create(): H;
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
}

/**
 * SHA-256 of `message` (bytes, any typed array, `ArrayBuffer` or a UTF-8 string), as 32 bytes.
 * The same call shape as `@noble/hashes`' `sha256` (`sha256(msg)`, `.create()`, `outputLen`, `blockLen`).
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * sha256('abc'); // Uint8Array(32) [0xba, 0x78, …]
 * sha256.create().update('a').update('bc').digest(); // the same
 * ```
 */
export const sha256: HashFunction<Sha256> = Object.assign(
  (message: BytesInput): Uint8Array => {
    const bytes = toBytes(message, 'message');
    if (bytes.length > CHUNK) return new Sha256().update(bytes).digest();
    return crypto.get().call((glue) => glue.sha256(bytes));
  },
  { create: () => new Sha256(), outputLen: 32, blockLen: 64 },
);
