// The hash functions and hashers of the `/lite/*` entries, shaped like @noble/hashes' (and the
// full entries'): `sha256(msg)`, `sha256.create().update(m).digest()`, `outputLen`, `blockLen`.
import type { Bytes, BytesInput } from '@org/wasm-runtime';
import { bytesOf } from './loader.js';
import type { LiteModule } from './module.js';
import { integer, MAX_OUTPUT } from './options.js';

/** What one call or hasher runs: the module's variant, its parameter, and its output length. */
export interface LiteRun {
  /** The algorithm within the module (crates/crypto-lite numbers them). */
  variant: number;
  /** A key, context or seed, if the algorithm takes one. */
  param?: Uint8Array | undefined;
  /** Bytes `digest()` returns. */
  outputLen: number;
  /** Whether `param` is a key, to be wiped from the module when the hash is done. */
  secret?: boolean;
}

/**
 * An incremental hash of a `/lite/*` entry, from `create()`. Unlike the full entries' `Hasher`, it
 * holds no wasm memory: `destroy()` only drops its state, and a hasher that is never destroyed
 * leaks nothing.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto/lite/sha256';
 * const hasher = sha256.create().update('hello ');
 * const copy = hasher.clone();
 * hasher.update('world').digest(); // sha256('hello world')
 * copy.update('there').digest(); // sha256('hello there')
 * ```
 */
export class LiteHasher {
  /** The hash's block size in bytes (HMAC uses it). */
  readonly blockLen: number;
  /** Bytes `digest()` returns. */
  readonly outputLen: number;
  /** Whether `xof()` reads the output on: true for {@link LiteXofHasher}s. */
  readonly canXOF: boolean = false;
  #module: LiteModule;
  #run: LiteRun;
  /** This hasher's state while another one's is live in the module. */
  #saved: { state?: Uint8Array | undefined } = {};
  #done = false;
  /** @internal Whether `xof()` began the output (see {@link LiteXofHasher}). */
  protected _squeezing = false;

  /** @internal Hashers come from a hash function's `create()`. */
  constructor(module: LiteModule, run: LiteRun, blockLen: number, state?: Uint8Array) {
    this.#module = module;
    this.#run = run;
    this.blockLen = blockLen;
    this.outputLen = run.outputLen;
    if (state) this.#saved.state = state;
    else module.start(run.variant, run.param, this.#saved);
  }

  /**
   * Absorbs `data` (bytes, or a string as UTF-8) and returns the hasher.
   *
   * @example
   * ```ts
   * import { md5 } from '@org/wasm-crypto/lite/md5';
   * md5.create().update('a').update(new Uint8Array([98, 99])).digest(); // md5('abc')
   * ```
   */
  update(data: BytesInput): this {
    const bytes = bytesOf(data, 'data');
    this._resume('update()').update(bytes);
    return this;
  }

  /**
   * Finishes the hash and returns its `outputLen` bytes; the hasher is then done.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/lite/sha256';
   * sha256.create().update('abc').digest().length; // 32
   * ```
   */
  digest(): Bytes {
    return this.#finish(this.outputLen);
  }

  /**
   * Finishes the hash into the first `outputLen` bytes of `out`.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/lite/sha256';
   * const out = new Uint8Array(32);
   * sha256.create().update('abc').digestInto(out);
   * ```
   */
  digestInto(out: Uint8Array): void {
    if (!(out instanceof Uint8Array) || out.length < this.outputLen) {
      throw new RangeError(`out must be a Uint8Array of ${this.outputLen}+ bytes`);
    }
    // A plain view: a subclass's `set()` could run code between two reads of the output.
    this.#finish(this.outputLen, new Uint8Array(out.buffer, out.byteOffset, this.outputLen));
  }

  /**
   * A hasher with this one's state, to continue independently.
   *
   * @example
   * ```ts
   * import { sha3_256 } from '@org/wasm-crypto/lite/sha3';
   * const prefix = sha3_256.create().update('common prefix ');
   * const a = prefix.clone().update('a').digest();
   * ```
   */
  clone(): this {
    return this._cloneInto();
  }

  /**
   * {@link clone}, into `to` if given (for @noble/hashes' `hmac`, which calls it): a hasher of the
   * same function and options, or a TypeError.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/lite/sha256';
   * const copy = sha256.create().update('abc')._cloneInto();
   * ```
   */
  _cloneInto(to?: this): this {
    this.#check();
    if (to && !(#module in to && to.#module === this.#module && to.#run.variant === this.#run.variant && to.outputLen === this.outputLen)) {
      throw new TypeError('_cloneInto: not a hasher of the same hash and options');
    }
    const state = this.#module.copyOf(this.#saved);
    let twin = to;
    if (twin) {
      twin.#module.drop(twin.#saved, twin.#run.secret === true);
      twin.#run = this.#run;
      twin.#saved = { state };
      twin.#done = false;
    } else {
      twin = new (this.constructor as new (module: LiteModule, run: LiteRun, blockLen: number, state: Uint8Array) => this)(this.#module, this.#run, this.blockLen, state);
    }
    twin._squeezing = this._squeezing;
    return twin;
  }

  /**
   * Drops the hasher's state; it cannot be used afterwards.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/lite/sha256';
   * const hasher = sha256.create().update('secret');
   * hasher.destroy();
   * ```
   */
  destroy(): void {
    this.#done = true;
    this.#module.drop(this.#saved, this.#run.secret === true);
    this.#saved = {};
  }

  /**
   * @internal Makes this hasher's state the live one, once it may go on with `call` (refused
   * after `xof()` began the output; none: allowed then too), and returns its module.
   */
  protected _resume(call?: string): LiteModule {
    this.#check(call);
    this.#module.resume(this.#saved);
    return this.#module;
  }

  #check(call?: string): void {
    if (this.#done) throw new Error('hasher is done (digest or destroy)');
    if (call && this._squeezing) throw new Error(`${call} after xof(): the output has begun`);
  }

  #finish(length: number, out?: Uint8Array): Bytes {
    const digest = this._resume('digest()').finish(length, out);
    this.destroy();
    return digest;
  }
}

/**
 * The hasher of an extendable-output function (SHAKE, BLAKE3): a {@link LiteHasher} that can also
 * read its output on with `xof()`.
 *
 * @example
 * ```ts
 * import { shake256 } from '@org/wasm-crypto/lite/sha3';
 * const reader = shake256.create().update('seed');
 * const first = reader.xof(16);
 * const next = reader.xof(16); // shake256('seed', { dkLen: 32 }) is first then next
 * ```
 */
export class LiteXofHasher extends LiteHasher {
  /** True: `xof()` reads the output on. */
  override readonly canXOF: boolean = true;

  /**
   * Returns the next `bytes` bytes of output, continuing across calls; `update()` and `digest()`
   * are then refused.
   *
   * @example
   * ```ts
   * import { blake3 } from '@org/wasm-crypto/lite/blake3';
   * const reader = blake3.create().update('seed');
   * const key = reader.xof(32);
   * const nonce = reader.xof(12);
   * ```
   */
  xof(bytes: number): Bytes {
    const length = integer(bytes, 'bytes', 0, MAX_OUTPUT);
    const module = this._resume();
    this._squeezing = true;
    return module.finish(length);
  }
}

/**
 * A hash function of a `/lite/*` entry: call it on a message, or `create()` an incremental hasher.
 * `Options` are those of the configurable functions (`dkLen`, `key`, `seed`, …); the hashers of
 * the extendable-output functions are {@link LiteXofHasher}s.
 *
 * @example
 * ```ts
 * import { sha256, type LiteHash } from '@org/wasm-crypto/lite/sha256';
 * const hash: LiteHash = sha256;
 * hash('abc').length === hash.outputLen; // true
 * ```
 */
export interface LiteHash<Options = never, Hasher extends LiteHasher = LiteHasher> {
  (message: BytesInput, options?: Options): Bytes;
  /** Starts an incremental hash. */
  create(options?: Options): Hasher;
  /** Bytes of output (by default, for the configurable functions). */
  readonly outputLen: number;
  /** The hash's block size in bytes. */
  readonly blockLen: number;
  /** Whether the output can be read on with `xof()` (noble's `CHash` has it). */
  readonly canXOF: boolean;
}

/**
 * Makes a hash function of `module`; `configure` turns its options into what to run, and `Hasher`
 * is the class `create()` makes (passed in, so that modules without XOFs leave `LiteXofHasher` out).
 */
export function liteHash<Options = never, Hasher extends LiteHasher = LiteHasher>(
  module: LiteModule,
  blockLen: number,
  outputLen: number,
  configure: (options?: Options) => LiteRun,
  Hasher: new (module: LiteModule, run: LiteRun, blockLen: number) => Hasher = LiteHasher as never,
): LiteHash<Options, Hasher> {
  const hash = (message: BytesInput, options?: Options): Bytes => {
    const run = configure(options);
    const bytes = bytesOf(message);
    module.start(run.variant, run.param);
    module.update(bytes);
    const digest = module.finish(run.outputLen);
    if (run.secret) module.wipe();
    return digest;
  };
  return Object.assign(hash, {
    create: (options?: Options) => new Hasher(module, configure(options), blockLen),
    outputLen,
    blockLen,
    canXOF: Hasher !== (LiteHasher as unknown),
  });
}

/** A fixed-length hash: `variant` of `module`. */
export const fixedHash = (module: LiteModule, variant: number, outputLen: number, blockLen: number): LiteHash =>
  liteHash(module, blockLen, outputLen, () => ({ variant, outputLen }));
