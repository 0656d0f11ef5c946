import { addDispose, checkInteger, describe, HandleCell, ownBytes, StaleHandleError, toBytes, WasmError, type Bytes, type BytesInput, type ModuleSlot, type WasmModule } from '@org/wasm-runtime';
import { hashBatch, type PackedMessages } from './batch.js';
import type { HashGlue } from './binding.js';
import { oidNist } from './oid.js';
import { copyOf } from './copy.js';
import { isUint8Array } from './typed.js';

/** Input larger than this crosses into wasm in pieces: bounded copies, and V8 tiers up mid-hash. */
export const CHUNK = 1 << 20;

const EMPTY = new Uint8Array(0);

/** What the streaming wasm object (the glue's `Hasher`) offers. */
interface RawStream {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  xof(len: number): Uint8Array;
  reset(): void;
  cloneState(): RawStream;
  save(): Uint8Array;
  load(state: Uint8Array): void;
  free(): void;
}

/** The parameters of one hash computation, as crates/crypto/src/params.rs takes them. */
export interface RawParams {
  readonly outLen: number;
  readonly key?: Uint8Array | undefined;
  readonly salt?: Uint8Array | undefined;
  readonly personalization?: Uint8Array | undefined;
  readonly number?: number | undefined;
}

/** How a public hash function maps to the crate's algorithm table. */
export interface HashDef {
  readonly slot: ModuleSlot<HashGlue>;
  /** The algorithm id (crates/crypto/src/families/*.rs). */
  readonly id: number;
  readonly outputLen: number;
  readonly blockLen: number;
  /** Each `update()` is one element (TupleHash), so input must not be split into chunks. */
  readonly atomicUpdates?: boolean;
  /** Whether HMAC, HKDF and PBKDF2 take this hash (all but KMAC and the checksums). */
  readonly keyed?: boolean;
  /** Whether it is an extendable-output function: its hashers have `xof()`. */
  readonly canXOF?: boolean;
  /** The last byte of its NIST hashAlgs OID (2.16.840.1.101.3.4.2.x), where it has one. */
  readonly nistOid?: number;
}

/**
 * The definitions behind our hash functions, kept out of the public API. Shared by every copy of
 * this file in a realm (ESM and CJS entries, subpath bundles), so that e.g. `hmac` from one
 * bundle accepts `sha256` from another.
 */
const defs: WeakMap<object, HashDef> = ((globalThis as Record<symbol, unknown>)[Symbol.for('@org/wasm-crypto/hash-defs')] ??=
  new WeakMap()) as WeakMap<object, HashDef>;

/** Makes `wrapper` (a function with its own call shape, e.g. TupleHash's) stand for `hash` in HMAC, HKDF and PBKDF2. */
export function sameHashAs(wrapper: object, hash: object): void {
  defs.set(wrapper, hashDef(hash, 'hash'));
}

/** The definition of `hash`, or a TypeError naming `name` if it is not one of ours. */
export function hashDef(hash: unknown, name: string): HashDef {
  const def = typeof hash === 'function' ? defs.get(hash) : undefined;
  if (def === undefined) throw new TypeError(`${name} must be one of this package’s hash functions (e.g. sha256); the /lite/* ones are hash-only`);
  return def;
}

/** The module's scratch buffer (crates/crypto/src/wasm/scratch.rs), per instance. */
interface Scratch {
  readonly epoch: number;
  readonly memory: WebAssembly.Memory;
  readonly ptr: number;
  readonly capacity: number;
  /** Views of the input and output areas, remade when the memory grows (a new `buffer`). */
  views?: { buffer: ArrayBuffer; input: Uint8Array; output: Uint8Array };
}

const scratches = new WeakMap<object, Scratch>();

function scratchOf(module: WasmModule<HashGlue>): Scratch {
  let scratch = scratches.get(module);
  // A panic re-instantiates the module (a new epoch): its memory and buffer are new too.
  if (!scratch || scratch.epoch !== module.epoch) {
    scratch = module.call((glue) => ({ epoch: module.epoch, memory: glue.wasmMemory(), ptr: glue.scratchPtr(), capacity: glue.scratchCapacity() }));
    scratches.set(module, scratch);
  }
  return scratch;
}

function viewsOf(scratch: Scratch): NonNullable<Scratch['views']> {
  const buffer = scratch.memory.buffer;
  if (scratch.views?.buffer !== buffer) {
    const input = new Uint8Array(buffer, scratch.ptr, scratch.capacity);
    // 1024: the output area of crates/crypto/src/wasm/scratch.rs (OUTPUT).
    scratch.views = { buffer, input, output: new Uint8Array(buffer, scratch.ptr + scratch.capacity, 1024) };
  }
  return scratch.views;
}

/**
 * The digest of `bytes` with the default parameters. Small messages go through the module's
 * scratch buffer: written straight into linear memory, no allocation or copy by the glue.
 */
function digestDefault(def: HashDef, bytes: Uint8Array): Bytes {
  const module = def.slot.get();
  const scratch = scratchOf(module);
  if (bytes.length > scratch.capacity) return ownBytes(module.call((glue) => glue.digest(def.id, bytes)));
  return module.call((glue) => {
    viewsOf(scratch).input.set(bytes);
    const length = glue.digestScratch(def.id, bytes.length);
    return viewsOf(scratch).output.slice(0, length); // the call may have grown the memory
  });
}

/** Starts a wasm stream for `def` with `params`. */
function startRaw(def: HashDef, params: RawParams): RawStream {
  return def.slot
    .get()
    .call((glue) => new glue.Hasher(def.id, params.outLen, params.key, params.salt ?? EMPTY, params.personalization ?? EMPTY, params.number));
}

/**
 * What a hasher keeps to start over after `digest()`: its parameters, with its own copy of any key
 * (so later changes to the caller's array do not change it), wiped when the hasher is disposed.
 * @internal
 */
export class Restart {
  readonly #def: HashDef;
  readonly #params: RawParams;

  /** Takes `params` as they are: a key in them must be this Restart's own copy. */
  constructor(def: HashDef, params: RawParams) {
    this.#def = def;
    this.#params = params;
  }

  /** A fresh wasm stream with these parameters. */
  start(): RawStream {
    return startRaw(this.#def, this.#params);
  }

  /** The same parameters with a copy of the key of its own, for a clone. */
  copy(): Restart {
    const key = this.#params.key;
    return new Restart(this.#def, key ? { ...this.#params, key: copyOf(key) } : this.#params);
  }

  /** Wipes the key, once no hasher will start over with it. */
  wipe(): void {
    this.#params.key?.fill(0);
  }
}

/** A Hasher to build around an existing wasm stream (`clone()`, HMAC); see {@link adoptHasher}. */
let adopting: { raw: RawStream; restart: Restart | undefined; outputLen: number; canXOF: boolean | undefined } | undefined;

/**
 * A Hasher over an existing wasm stream; `restart` makes a fresh one for `reset()` after
 * `digest()` (none for HMAC, whose key is not kept). `canXOF` overrides the hash's own (an HMAC
 * over SHAKE has a fixed output).
 */
export function adoptHasher(hash: object, raw: RawStream, restart: Restart | undefined, outputLen: number, canXOF?: boolean): Hasher {
  adopting = { raw, restart, outputLen, canXOF };
  return new Hasher(hash as HashFunction);
}

/**
 * An incremental hash, for data that arrives in pieces: `sha256.create()`, `blake3.create({ dkLen: 64 })`…,
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
  /** Output size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Whether `xof()` and `xofInto()` can read the output piece by piece. */
  readonly canXOF: boolean;
  readonly #hash: object;
  readonly #def: HashDef;
  /** Makes a fresh wasm stream for `reset()` after `digest()`; none for HMAC. */
  #restart: Restart | undefined;
  /** The wasm-side stream; none once finished (digest frees it) or disposed. */
  #cell: HandleCell<RawStream> | undefined;
  #state: 'open' | 'reading' | 'finished' | 'disposed' = 'open';

  /** Starts an empty message for `hash` with its default options; the same as `hash.create()`. */
  constructor(hash: HashFunction) {
    const adopted = adopting;
    adopting = undefined;
    const def = hashDef(hash, 'hash');
    this.#hash = hash;
    this.#def = def;
    this.blockLen = def.blockLen;
    this.canXOF = adopted?.canXOF ?? def.canXOF === true;
    this.outputLen = adopted ? adopted.outputLen : def.outputLen;
    this.#restart = adopted ? adopted.restart : new Restart(def, { outLen: def.outputLen });
    this.#cell = new HandleCell(def.slot.get(), 'hasher', adopted ? adopted.raw : this.#restart!.start());
  }

  /** Appends `data` (UTF-8 for strings) to the message; returns the hasher for chaining. */
  update(data: BytesInput): this {
    const bytes = toBytes(data, 'data');
    const raw = this.#open('update');
    const module = this.#def.slot.get();
    if (this.#def.atomicUpdates) {
      module.call(() => raw.update(bytes));
      return this;
    }
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      const piece = bytes.subarray(offset, offset + CHUNK);
      module.call(() => raw.update(piece));
    }
    return this;
  }

  /** Returns the digest (`outputLen` bytes) and finishes the hasher (`reset()` makes it usable again). */
  digest(): Bytes {
    const raw = this.#open('digest');
    const out = ownBytes(this.#def.slot.get().call(() => raw.digest()));
    this.#cell?.dispose();
    this.#cell = undefined;
    this.#state = 'finished';
    return out;
  }

  /**
   * Reads the next `bytes` bytes of the output of an extendable-output function (SHAKE, BLAKE3,
   * …): the first call ends the message, and each call continues where the last one ended, as
   * in `@noble/hashes`. `update()` and `digest()` are refused afterwards (`reset()` starts over).
   */
  xof(bytes: number): Bytes {
    if (!this.canXOF) throw new TypeError('Hasher.xof(): this hash is not an extendable-output function');
    const length = checkInteger(bytes, 'bytes', 0, 1 << 24);
    if (this.#state === 'open') this.#state = 'reading';
    const raw = this.#open('xof', true);
    return ownBytes(this.#def.slot.get().call(() => raw.xof(length)));
  }

  /**
   * Fills `out` with the next bytes of the extendable output (see `xof()`) and returns it (typed
   * as `@noble/hashes` types it, so that our hashers fit its `HashXOF`).
   */
  xofInto(out: Uint8Array): Bytes {
    if (!isUint8Array(out)) throw new TypeError('out must be a Uint8Array');
    out.set(this.xof(out.length));
    return ownBytes(out);
  }

  /** Writes the digest into `out` (at least `outputLen` bytes) and finishes the hasher. */
  digestInto(out: Uint8Array): void {
    if (!isUint8Array(out)) throw new TypeError('out must be a Uint8Array');
    if (out.length < this.outputLen) throw new RangeError(`out must hold at least ${this.outputLen} bytes; got ${out.length}`);
    out.set(this.digest());
  }

  /** Forgets all input so the hasher can be used again, also after `digest()` (not after `dispose()`). */
  reset(): this {
    if (this.#state === 'finished') {
      if (!this.#restart) throw new Error('Hasher.reset(): a keyed hasher cannot be reset after digest(); create a new one (its key is not kept)');
      this.#cell = new HandleCell(this.#def.slot.get(), 'hasher', this.#restart.start());
      this.#state = 'open';
    } else {
      const raw = this.#open('reset', true);
      this.#def.slot.get().call(() => raw.reset());
      this.#state = 'open';
    }
    return this;
  }

  /**
   * The state of the message so far, as bytes from which {@link load} continues it, also in
   * another process or after a restart (hash-wasm's `save()`; the bytes are this package's own
   * format, not hash-wasm's). For the plain SHA-2 hashes, MD5, SHA-1, RIPEMD-160, MD4, SM3 and
   * Whirlpool, whose crates export their state; other hashes and HMACs throw a WasmError.
   *
   * The state holds the message's length and its last `length % blockLen` bytes as they are:
   * keep it as secret as the message. It carries no integrity check: authenticate it (with a
   * MAC) if it is stored where someone else could change it.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/sha2';
   * const upload = sha256.create().update(firstPart);
   * const saved = upload.save(); // store it with the upload
   * // later, maybe in another process:
   * const digest = sha256.create().load(saved).update(secondPart).digest();
   * ```
   */
  save(): Bytes {
    const raw = this.#open('save');
    return ownBytes(this.#def.slot.get().call(() => raw.save()));
  }

  /**
   * Continues the message whose state {@link save} returned (on a hasher of the same hash), in
   * place of this hasher's own; also after `digest()`. A state of another hash, or bytes that are
   * not one, throw a WasmError and leave the hasher as it was. Returns the hasher.
   *
   * @example
   * ```ts
   * const hasher = sha256.create().load(saved);
   * ```
   */
  load(state: Uint8Array): this {
    if (!isUint8Array(state)) throw new TypeError(`state must be a Uint8Array; got ${describe(state)}`);
    const module = this.#def.slot.get();
    if (this.#state === 'finished') {
      if (!this.#restart) throw new WasmError('Hasher.load(): an HMAC cannot save or load its state'); // as for one not finished
      // Load into a fresh stream, kept only if the state is accepted.
      const fresh = new HandleCell(module, 'hasher', this.#restart.start());
      try {
        const raw = fresh.get();
        module.call(() => raw.load(state));
      } catch (error) {
        fresh.dispose();
        throw error;
      }
      this.#cell = fresh;
    } else {
      const raw = this.#open('load', true);
      module.call(() => raw.load(state));
    }
    this.#state = 'open';
    return this;
  }

  /**
   * An independent copy of this hasher's state, e.g. to hash many messages with a shared prefix;
   * after `xof()`, a copy whose output continues from the same point.
   */
  clone(): Hasher {
    const raw = this.#open('clone', true);
    const copy = adoptHasher(this.#hash, this.#def.slot.get().call(() => raw.cloneState()), this.#restart?.copy(), this.outputLen, this.canXOF);
    copy.#state = this.#state;
    return copy;
  }

  /**
   * noble's cloning protocol, which its `hmac`, `hkdf` and `pbkdf2` call, so that they also take
   * this package's hashes: copies this hasher's state into `to` (a hasher of the same hash and
   * output length, used or disposed, whose own state is freed) or, without `to`, into a new hasher.
   * Code of your own should call {@link clone}.
   *
   * @example
   * ```ts
   * import { sha256 } from '@org/wasm-crypto/sha2';
   * import { hmac } from '@noble/hashes/hmac.js';
   * const utf8 = (text: string) => new TextEncoder().encode(text);
   * hmac(sha256, utf8('key'), utf8('message')); // noble's HMAC, over this package's SHA-256
   * ```
   */
  _cloneInto(to?: Hasher): Hasher {
    const copy = this.clone();
    if (to === undefined) return copy;
    // The same kind too: an HMAC (no restart, no XOF) and a plain hasher share the hash's def.
    const sameKind = to instanceof Hasher && to.#def === this.#def && to.outputLen === this.outputLen && to.canXOF === this.canXOF && (to.#restart === undefined) === (this.#restart === undefined);
    if (!sameKind) {
      copy.dispose();
      throw new TypeError('Hasher._cloneInto(): `to` must be a hasher of the same hash, kind and output length');
    }
    to.#cell?.dispose();
    if (to.#restart !== copy.#restart) to.#restart?.wipe();
    [to.#cell, to.#restart, to.#state] = [copy.#cell, copy.#restart, copy.#state];
    [copy.#cell, copy.#restart, copy.#state] = [undefined, undefined, 'disposed']; // moved into `to`
    return to;
  }

  /** Whether the message has ended (`digest()` or `xof()` was called), as noble's flag, which its `aexists` checks. */
  get finished(): boolean {
    return this.#state === 'finished' || this.#state === 'reading';
  }

  /** Whether the hasher was disposed, as noble's flag, which its `aexists` checks. */
  get destroyed(): boolean {
    return this.#state === 'disposed';
  }

  /** Frees the hasher's wasm memory and wipes its copy of a key; it cannot be used afterwards. Safe to call more than once. */
  dispose(): void {
    this.#cell?.dispose();
    this.#cell = undefined;
    this.#restart?.wipe();
    this.#state = 'disposed';
  }

  /** Same as `dispose()`: the name `@noble/hashes` uses. */
  destroy(): void {
    this.dispose();
  }

  #open(method: string, whileReading = false): RawStream {
    if (this.#state === 'disposed') throw new StaleHandleError(`Hasher.${method}(): this hasher was disposed`);
    if (this.#state === 'finished') throw new Error(`Hasher.${method}(): digest() was already called; call reset() to hash again`);
    if (this.#state === 'reading' && !whileReading) throw new Error(`Hasher.${method}(): xof() was called; call reset() to hash again`);
    return (this.#cell as HandleCell<RawStream>).get(); // throws StaleHandleError after a panic
  }
}
// `[Symbol.dispose]` is added at run time (see addDispose) and typed here, as a method.
export interface Hasher {
  /** Same as `dispose()`, for `using hasher = sha256.create()`. */
  [Symbol.dispose](): void;
}
addDispose(Hasher);

/**
 * A hash function in the call shape of `@noble/hashes`: call it, or `.create()` a streaming
 * hasher; `.batch()` hashes many messages with few calls into WebAssembly.
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
  (message: BytesInput): Bytes;
  /** Starts an incremental hash. */
  create(): Hasher;
  /**
   * Hashes many messages with few calls into WebAssembly (much faster than one call each for small
   * messages: up to 16 MiB of them per call; a message over 1 MiB is hashed on its own, in chunks) and
   * returns the digests concatenated: digest `i` is `result.subarray(i * outputLen, (i + 1) * outputLen)`.
   */
  batch(messages: readonly BytesInput[] | PackedMessages): Bytes;
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function (its hashers have `xof()`). */
  readonly canXOF: boolean;
  /** The DER-encoded NIST OID of the NIST hashes (SHA-2, SHA-3, SHAKE), as `@noble/hashes`. */
  readonly oid?: Bytes;
}

/**
 * A hash function with options (output length, key, …) in the call shape of `@noble/hashes`:
 * `blake3(msg, { dkLen: 64 })`, `shake256.create({ dkLen: 100 })`. Without options it behaves as
 * a {@link HashFunction} with the default output length.
 *
 * @example
 * ```ts
 * import { shake128 } from '@org/wasm-crypto';
 * shake128('abc', { dkLen: 64 }); // 64 bytes
 * shake128.create({ dkLen: 64 }).update('abc').digest(); // the same
 * ```
 */
export interface ConfigurableHash<Options> extends HashFunction {
  (message: BytesInput, options?: Options): Bytes;
  /** Starts an incremental hash with these options. */
  create(options?: Options): Hasher;
  /**
   * {@link HashFunction.batch} with these options for every message (e.g. many keyed BLAKE3
   * MACs, or longer SHAKE outputs): digest `i` is `dkLen` bytes at `i * dkLen`.
   */
  batch(messages: readonly BytesInput[] | PackedMessages, options?: Options): Bytes;
}

/** Runs `body` with `params`, wiping any key bytes this package encoded from a string. */
function withParams<T>(params: RawParams, owned: boolean, body: (params: RawParams) => T): T {
  try {
    return body(params);
  } finally {
    if (owned) params.key?.fill(0);
  }
}

/** Converts a function's options to raw parameters; `owned` says the key is our own copy. */
export type ParamsOf<Options> = (options: Options) => { params: RawParams; owned: boolean };

/** Builds the hash function for `def`; with `toParams`, it also takes options. */
export function hashFunction(def: HashDef): HashFunction;
export function hashFunction<Options>(def: HashDef, toParams: ParamsOf<Options>): ConfigurableHash<Options>;
export function hashFunction<Options>(def: HashDef, toParams?: ParamsOf<Options>): ConfigurableHash<Options> {
  const create = (options?: Options): Hasher => {
    if (options === undefined || !toParams) return new Hasher(hash);
    // The parameters (a key included) stay with the hasher, for reset() after digest(). A key
    // encoded from a string is already our own; a caller's array is copied.
    const { params, owned } = toParams(options);
    const restart = new Restart(def, params.key && !owned ? { ...params, key: copyOf(params.key) } : params);
    return adoptHasher(hash, restart.start(), restart, params.outLen);
  };
  const hash = Object.assign(
    (message: BytesInput, options?: Options): Bytes => {
      const bytes = toBytes(message, 'message');
      if (options === undefined || !toParams) {
        if (bytes.length > CHUNK) return create().update(bytes).digest();
        return digestDefault(def, bytes);
      }
      const { params, owned } = toParams(options);
      if (bytes.length > CHUNK) {
        const hasher = adoptHasher(hash, withParams(params, owned, (p) => startRaw(def, p)), undefined, params.outLen);
        return hasher.update(bytes).digest();
      }
      return withParams(params, owned, (p) =>
        ownBytes(def.slot.get().call((glue) => glue.digestWith(def.id, p.outLen, p.key, p.salt ?? EMPTY, p.personalization ?? EMPTY, p.number, bytes))),
      );
    },
    {
      create,
      batch: (messages: readonly BytesInput[] | PackedMessages, options?: Options): Bytes => {
        if (options === undefined) {
          const group = (data: Uint8Array, offsets: Uint32Array) => def.slot.get().call((glue) => glue.digestBatch(def.id, data, offsets));
          return hashBatch(messages, def.outputLen, { group, one: (message) => hash(message) });
        }
        if (!toParams) throw new TypeError('batch(): this hash takes no options');
        const { params, owned } = toParams(options);
        return withParams(params, owned, (p) => {
          const group = (data: Uint8Array, offsets: Uint32Array) =>
            def.slot.get().call((glue) => glue.digestBatchWith(def.id, p.outLen, p.key, p.salt ?? EMPTY, p.personalization ?? EMPTY, p.number, data, offsets));
          return hashBatch(messages, p.outLen, { group, one: (message) => hash(message, options) });
        });
      },
      outputLen: def.outputLen,
      blockLen: def.blockLen,
      canXOF: def.canXOF === true,
      ...(def.nistOid === undefined ? {} : oidNist(def.nistOid)),
    },
  ) as ConfigurableHash<Options>;
  defs.set(hash, def);
  return hash;
}
