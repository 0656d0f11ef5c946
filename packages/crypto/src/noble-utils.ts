// The helpers of `@noble/hashes/utils.js` that code written against noble imports (assertions,
// byte and word helpers, async loops, `createHasher`, `randomBytes`, `oidNist`), with noble's
// names, arguments, results and error types, so that switching the import keeps it working.
// They are small JavaScript helpers: no wasm here.
import { ownBytes, type Bytes } from '@org/wasm-runtime';
import type { Hasher, HashFunction } from './hash.js';
import { copyOf } from './copy.js';
import { yieldToEventLoop } from './event-loop.js';
import { utf8ToBytes } from './utils.js';

/**
 * A typed array of 8-, 16- or 32-bit integers, as `u8`, `u32`, `clean` and `createView` take.
 *
 * @example
 * ```ts
 * import { clean, type TypedArray } from '@org/wasm-crypto/utils';
 * const scratch: TypedArray = new Uint32Array(16);
 * clean(scratch); // zero-fills
 * ```
 */
export type TypedArray = Int8Array | Uint8ClampedArray | Uint8Array | Uint16Array | Int16Array | Uint32Array | Int32Array;

/**
 * What `createHasher` wraps: a hash instance with noble's streaming interface.
 *
 * @example
 * ```ts
 * import { createHasher, type HashInstance } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const instance: HashInstance = sha256.create();
 * const wrapped = createHasher(() => sha256.create());
 * ```
 */
export interface HashInstance {
  /** Digest length in bytes. */
  readonly outputLen: number;
  /** Block length in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function. */
  readonly canXOF?: boolean;
  /** Absorbs more of the message. */
  update(data: Uint8Array): HashInstance;
  /** The digest of everything absorbed. */
  digest(): Uint8Array;
}

/**
 * A hash function as `createHasher` returns it: one-shot call, `create()`, and its sizes.
 *
 * @example
 * ```ts
 * import { createHasher, type CreatedHash } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * import type { Hasher } from '@org/wasm-crypto';
 * const hash: CreatedHash<Hasher, undefined> = createHasher(() => sha256.create());
 * hash(new Uint8Array([1, 2, 3]));
 * ```
 */
export interface CreatedHash<T extends HashInstance, Opts> {
  (message: Uint8Array, options?: Opts): Bytes;
  /** A new hash instance, for streaming. */
  create(options?: Opts): T;
  /** Digest length in bytes. */
  readonly outputLen: number;
  /** Block length in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function. */
  readonly canXOF: boolean | undefined;
  /** The DER-encoded OID, when `info` gave one. */
  readonly oid?: Uint8Array;
}

const titled = (title: string): string => (title ? `"${title}" ` : '');

/**
 * Whether `a` is a `Uint8Array` (also one from another realm), as noble's `isBytes`.
 *
 * @example
 * ```ts
 * import { isBytes } from '@org/wasm-crypto/utils';
 * isBytes(new Uint8Array(2)); // true
 * isBytes([1, 2]); // false
 * ```
 */
export function isBytes(a: unknown): a is Uint8Array {
  return a instanceof Uint8Array || (ArrayBuffer.isView(a) && a.constructor.name === 'Uint8Array' && 'BYTES_PER_ELEMENT' in a && a.BYTES_PER_ELEMENT === 1);
}

/**
 * Returns `n` if it is a safe integer ≥ 0; a TypeError for a non-number, a RangeError otherwise.
 *
 * @example
 * ```ts
 * import { anumber } from '@org/wasm-crypto/utils';
 * anumber(32, 'dkLen'); // 32
 * ```
 */
export function anumber(n: number, title = ''): number {
  if (typeof n !== 'number') throw new TypeError(`${titled(title)}expected number, got ${typeof n}`);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${titled(title)}expected integer >= 0, got ${n}`);
  return n;
}

/**
 * Returns `value` if it is a boolean; a TypeError otherwise.
 *
 * @example
 * ```ts
 * import { abool } from '@org/wasm-crypto/utils';
 * abool(true, 'strict'); // true
 * ```
 */
export function abool(value: boolean, title = ''): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${titled(title)}expected boolean, got type=${typeof value}`);
  return value;
}

/**
 * Returns `value` if it is a `Uint8Array` (of `length` bytes, if given); a TypeError for other
 * types, a RangeError for the wrong length.
 *
 * @example
 * ```ts
 * import { abytes } from '@org/wasm-crypto/utils';
 * abytes(key, 32, 'key');
 * ```
 */
export function abytes(value: Uint8Array, length?: number, title = ''): Uint8Array {
  const bytes = isBytes(value);
  if (bytes && (length === undefined || value.length === length)) return value;
  if (length !== undefined) anumber(length, 'length');
  const message = `${titled(title)}expected Uint8Array${length !== undefined ? ` of length ${length}` : ''}, got ${bytes ? `length=${value.length}` : `type=${typeof value}`}`;
  throw bytes ? new RangeError(message) : new TypeError(message);
}

/**
 * A copy of `bytes` (which must be a `Uint8Array`).
 *
 * @example
 * ```ts
 * import { copyBytes } from '@org/wasm-crypto/utils';
 * const mine = copyBytes(theirs);
 * ```
 */
export function copyBytes(bytes: Uint8Array): Bytes {
  return copyOf(abytes(bytes));
}

/**
 * Fails unless `h` is a hash function with `create()`, `outputLen` and `blockLen` (ours and noble's are).
 *
 * @example
 * ```ts
 * import { ahash } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * ahash(sha256);
 * ```
 */
export function ahash(h: unknown): void {
  const hash = h as { create?: unknown; outputLen: number; blockLen: number };
  if (typeof h !== 'function' || typeof hash.create !== 'function') throw new TypeError('expected hash wrapped by utils.createHasher');
  anumber(hash.outputLen);
  anumber(hash.blockLen);
  if (hash.outputLen < 1 || hash.blockLen < 1) throw new Error('hash blockLen / outputLen must be >= 1');
}

/**
 * Fails if a hash instance was destroyed, or (with `checkFinished`) already digested.
 *
 * @example
 * ```ts
 * import { aexists } from '@org/wasm-crypto/utils';
 * aexists(hasher);
 * ```
 */
export function aexists(instance: object, checkFinished = true): void {
  // `object`, as noble takes anything: a hash class of one's own keeps these flags private.
  const { destroyed, finished } = instance as { destroyed?: boolean; finished?: boolean };
  if (destroyed) throw new Error('hash was destroyed');
  if (checkFinished && finished) throw new Error('digest() was already called');
}

/**
 * Fails unless `out` is a `Uint8Array` of at least `instance.outputLen` bytes.
 *
 * @example
 * ```ts
 * import { aoutput } from '@org/wasm-crypto/utils';
 * aoutput(new Uint8Array(32), sha256.create());
 * ```
 */
export function aoutput(out: Uint8Array, instance: { outputLen: number }): void {
  abytes(out, undefined, 'output');
  if (!(out.length >= instance.outputLen)) throw new RangeError(`"output" expected length >= ${instance.outputLen}`);
}

/**
 * A `Uint8Array` view of the same memory as `arr`.
 *
 * @example
 * ```ts
 * import { u8 } from '@org/wasm-crypto/utils';
 * u8(new Uint32Array([1])); // 4 bytes
 * ```
 */
export function u8(arr: TypedArray): Uint8Array {
  return new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
}

/**
 * A `Uint32Array` view of the same memory as `arr` (whole words only; `arr` must be 4-byte aligned).
 *
 * @example
 * ```ts
 * import { u32 } from '@org/wasm-crypto/utils';
 * u32(new Uint8Array(8)); // 2 words
 * ```
 */
export function u32(arr: TypedArray): Uint32Array {
  return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}

/**
 * Zeroes every given array (to wipe secrets).
 *
 * @example
 * ```ts
 * import { clean } from '@org/wasm-crypto/utils';
 * clean(key, seed);
 * ```
 */
export function clean(...arrays: TypedArray[]): void {
  for (const array of arrays) array.fill(0);
}

/**
 * A `DataView` over the same memory as `arr`.
 *
 * @example
 * ```ts
 * import { createView } from '@org/wasm-crypto/utils';
 * createView(bytes).getUint32(0, false);
 * ```
 */
export function createView(arr: TypedArray): DataView {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}

/**
 * `word` rotated right by `shift` bits (a signed 32-bit result, as noble).
 *
 * @example
 * ```ts
 * import { rotr } from '@org/wasm-crypto/utils';
 * rotr(1, 1) >>> 0; // 0x80000000
 * ```
 */
export function rotr(word: number, shift: number): number {
  return (word << (32 - shift)) | (word >>> shift);
}

/**
 * `word` rotated left by `shift` bits (a signed 32-bit result, as noble).
 *
 * @example
 * ```ts
 * import { rotl } from '@org/wasm-crypto/utils';
 * rotl(0x80000000, 1); // 1
 * ```
 */
export function rotl(word: number, shift: number): number {
  return (word << shift) | ((word >>> (32 - shift)) >>> 0);
}

/**
 * Whether this platform is little-endian.
 *
 * @example
 * ```ts
 * import { isLE } from '@org/wasm-crypto/utils';
 * isLE; // true on every common platform
 * ```
 */
export const isLE: boolean = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([0x11223344]).buffer)[0] === 0x44)();

/**
 * `word` with its four bytes reversed (a signed 32-bit result, as noble).
 *
 * @example
 * ```ts
 * import { byteSwap } from '@org/wasm-crypto/utils';
 * byteSwap(0x11223344) >>> 0; // 0x44332211
 * ```
 */
export function byteSwap(word: number): number {
  return ((word << 24) & 0xff000000) | ((word << 8) & 0xff0000) | ((word >>> 8) & 0xff00) | ((word >>> 24) & 0xff);
}

/**
 * Reverses the bytes of every word of `arr` in place, and returns it.
 *
 * @example
 * ```ts
 * import { byteSwap32 } from '@org/wasm-crypto/utils';
 * byteSwap32(new Uint32Array([0x11223344])); // [0x44332211]
 * ```
 */
export function byteSwap32(arr: Uint32Array): Uint32Array {
  for (let i = 0; i < arr.length; i++) arr[i] = byteSwap(arr[i] as number);
  return arr;
}

/**
 * `n` as a little-endian word: unchanged on little-endian platforms, byte-swapped (unsigned) elsewhere.
 *
 * @example
 * ```ts
 * import { swap8IfBE } from '@org/wasm-crypto/utils';
 * swap8IfBE(1); // 1 on little-endian platforms
 * ```
 */
export const swap8IfBE: (n: number) => number = isLE ? (n) => n : (n) => byteSwap(n) >>> 0;

/**
 * `u` as little-endian words: unchanged on little-endian platforms, byte-swapped in place elsewhere.
 *
 * @example
 * ```ts
 * import { swap32IfBE } from '@org/wasm-crypto/utils';
 * swap32IfBE(words);
 * ```
 */
export const swap32IfBE: (u: Uint32Array) => Uint32Array = isLE ? (u) => u : byteSwap32;

/**
 * Yields to the event loop once (`scheduler.yield()` where there is one, else a 0 ms timer).
 *
 * @example
 * ```ts
 * import { nextTick } from '@org/wasm-crypto/utils';
 * await nextTick();
 * ```
 */
export function nextTick(onReject?: () => void): Promise<void> {
  const host = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof host.scheduler?.yield === 'function') {
    const promise = host.scheduler.yield();
    if (onReject) promise.catch(onReject);
    return promise;
  }
  return yieldToEventLoop();
}

/**
 * Calls `cb(i)` for `i` from 0 to `iters − 1`, yielding to the event loop whenever `tick` ms
 * have passed since the last yield.
 *
 * @example
 * ```ts
 * import { asyncLoop } from '@org/wasm-crypto/utils';
 * await asyncLoop(1000, 10, (i) => work(i));
 * ```
 */
export async function asyncLoop(iters: number, tick: number, cb: (i: number) => void, onReject?: () => void): Promise<void> {
  anumber(iters, 'iters');
  anumber(tick, 'tick');
  if (typeof cb !== 'function') throw new TypeError('callback must be a function');
  let since = Date.now();
  for (let i = 0; i < iters; i++) {
    cb(i);
    const elapsed = Date.now() - since;
    if (elapsed >= 0 && elapsed < tick) continue;
    await nextTick(onReject);
    since = Date.now();
  }
}

/**
 * A KDF input as noble takes it: UTF-8 text or bytes.
 *
 * @example
 * ```ts
 * import type { KDFInput } from '@org/wasm-crypto/utils';
 * const password: KDFInput = 'correct horse battery staple';
 * ```
 */
export type KDFInput = string | Uint8Array;

/**
 * `data` as bytes: a string as UTF-8, a `Uint8Array` as itself; a TypeError otherwise.
 *
 * @example
 * ```ts
 * import { kdfInputToBytes } from '@org/wasm-crypto/utils';
 * kdfInputToBytes('password', 'password'); // UTF-8 bytes
 * ```
 */
export function kdfInputToBytes(data: KDFInput, errorTitle = ''): Uint8Array {
  return typeof data === 'string' ? utf8ToBytes(data) : abytes(data, undefined, errorTitle);
}

/**
 * The concatenation of byte arrays (each must be a `Uint8Array`).
 *
 * @example
 * ```ts
 * import { concatBytes } from '@org/wasm-crypto/utils';
 * concatBytes(new Uint8Array([1]), new Uint8Array([2, 3])); // [1, 2, 3]
 * ```
 */
export function concatBytes(...arrays: Uint8Array[]): Bytes {
  let length = 0;
  for (const array of arrays) length += abytes(array).length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/** Fails unless `value` is a non-array object (noble's check for `validateObject`). */
function aobject(value: unknown, label: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${label === 'object' ? '' : `"${label}" `}expected object, got type=${typeof value}`);
  }
}

/**
 * Fails unless `value` is a plain object of this realm (prototype `Object.prototype` or none)
 * without an own `__proto__` key, which `Object.assign` would treat as a prototype write.
 */
function aopts(value: unknown, label: string): void {
  aobject(value, label);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value as object, '__proto__')) throw new TypeError(`"${label}.__proto__" is not allowed`);
}

/**
 * Checks that `object` has the `fields` (own properties of the given `typeof`) and, if present,
 * the `optFields`; a TypeError naming the first that is wrong.
 *
 * @example
 * ```ts
 * import { validateObject } from '@org/wasm-crypto/utils';
 * validateObject({ N: 1024, dkLen: 32 }, { N: 'number' }, { dkLen: 'number' });
 * ```
 */
export function validateObject(object: object, fields: Record<string, string> = {}, optFields: Record<string, string> = {}, title = 'object'): void {
  aobject(object, title);
  aobject(fields, 'fields');
  aobject(optFields, 'optFields');
  const check = (name: string, expected: string, optional: boolean): void => {
    const label = title === 'object' ? `param "${name}"` : `"${title}.${name}"`;
    const value = (object as Record<string, unknown>)[name];
    if (!Object.hasOwn(object, name) && (optional ? value !== undefined : expected !== 'function')) throw new TypeError(`${label} is invalid: expected own property`);
    if (optional && value === undefined) return;
    if (typeof value !== expected || value === null) throw new TypeError(`${label} is invalid: expected ${expected}, got ${typeof value}`);
  };
  for (const [name, expected] of Object.entries(fields)) check(name, expected, false);
  for (const [name, expected] of Object.entries(optFields)) check(name, expected, true);
}

/**
 * `defaults` overridden by `opts`, in a fresh object without a prototype, so that nothing
 * inherited can pose as an option. Both must be plain objects of this realm, without an own
 * `__proto__` key.
 *
 * @example
 * ```ts
 * import { checkOpts } from '@org/wasm-crypto/utils';
 * checkOpts({ dkLen: 32 }, { c: 1000 }); // { dkLen: 32, c: 1000 }
 * ```
 */
export function checkOpts<T1 extends object, T2 extends object>(defaults: T1, opts?: T2, title = 'opts'): T1 & T2 {
  aopts(defaults, 'defaults');
  if (opts !== undefined) aopts(opts, title);
  return Object.assign(Object.create(null) as object, defaults, opts) as T1 & T2;
}

/**
 * Wraps a hash constructor into a hash function with noble's shape: a one-shot call, `create()`,
 * `outputLen`, `blockLen`, `canXOF`, and the fields of `info` (e.g. `oid`).
 *
 * @example
 * ```ts
 * import { createHasher } from '@org/wasm-crypto/utils';
 * const myHash = createHasher((opts) => new MyHash(opts), { oid: myOid });
 * ```
 */
export function createHasher<T extends HashInstance, Opts = undefined>(hashCons: (options?: Opts) => T, info: HashInfo = {}): CreatedHash<T, Opts> {
  if (typeof hashCons !== 'function') throw new TypeError(`"hashCons" expected function, got type=${typeof hashCons}`);
  const extra = checkOpts({}, info, 'info');
  const sample = hashCons(undefined);
  const hash = (message: Uint8Array, options?: Opts): Bytes => {
    const out = hashCons(options).update(message).digest();
    return out.buffer instanceof ArrayBuffer ? ownBytes(out) : copyOf(out); // a hash of one's own may return any view
  };
  return Object.freeze(
    Object.assign(hash, { outputLen: sample.outputLen, blockLen: sample.blockLen, canXOF: sample.canXOF, create: (options?: Opts) => hashCons(options) }, extra),
  );
}

/**
 * `bytesLength` (default 32, at most 65 536) bytes from the platform's CSPRNG.
 *
 * @example
 * ```ts
 * import { randomBytes } from '@org/wasm-crypto/utils';
 * const salt = randomBytes(16);
 * ```
 */
export function randomBytes(bytesLength = 32): Bytes {
  anumber(bytesLength, 'bytesLength');
  const source = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (typeof source?.getRandomValues !== 'function') throw new Error('crypto.getRandomValues must be defined');
  // WebCrypto refuses more than 65 536 bytes per call.
  if (bytesLength > 65536) throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return ownBytes(source.getRandomValues(new Uint8Array(bytesLength)));
}

export { oidNist, type NistOid } from './oid.js';

// noble's type names, for code that imports them from `@noble/hashes/utils.js`.

/**
 * A streaming hash instance, as noble's `Hash<T>` describes one: `T` is the instance's own type,
 * which `clone()` returns. This package's hashers are `Hash<Hasher>`; a hash class of one's own
 * can implement it and go through {@link createHasher}.
 *
 * @example
 * ```ts
 * import type { Hash } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * import type { Hasher } from '@org/wasm-crypto';
 * const hasher: Hash<Hasher> = sha256.create().update('abc');
 * const forked = <T extends Hash<T>>(state: T): [T, T] => [state, state.clone()];
 * forked(hasher);
 * ```
 */
export interface Hash<T> {
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Whether it is an extendable-output function. */
  readonly canXOF: boolean;
  /** Absorbs more of the message. */
  update(buf: Uint8Array): this;
  /** Writes the digest into `buf`. */
  digestInto(buf: Uint8Array): void;
  /** The digest of everything absorbed. */
  digest(): Bytes;
  /** Frees the instance. */
  destroy(): void;
  /** Copies the state into `to`, or into a new instance. */
  _cloneInto(to?: T): T;
  /** A copy of the state. */
  clone(): T;
}
/**
 * A streaming extendable-output hash instance, as noble's `HashXOF<T>`.
 *
 * @example
 * ```ts
 * import type { HashXOF } from '@org/wasm-crypto/utils';
 * import { shake128 } from '@org/wasm-crypto/sha3';
 * import type { Hasher } from '@org/wasm-crypto';
 * const reader: HashXOF<Hasher> = shake128.create().update('seed');
 * reader.xof(64);
 * ```
 */
export type HashXOF<T extends Hash<T>> = Hash<T> & {
  /** The next `bytes` bytes of the output. */
  xof(bytes: number): Bytes;
  /** Fills `buf` with the next bytes of the output and returns it. */
  xofInto(buf: Uint8Array): Bytes;
};
/**
 * A hash function, as noble's `CHash<T, Opts>` describes one: a one-shot call, `create()` giving
 * instances of `T` (this package's `Hasher` by default), and its sizes. This package's hashes
 * are `CHash`; {@link createHasher} makes one from a hash class of one's own.
 *
 * @example
 * ```ts
 * import type { CHash } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const hash: CHash = sha256;
 * const twice = (h: CHash, message: Uint8Array) => h(h(message));
 * twice(sha256, new Uint8Array([1]));
 * ```
 */
export type CHash<T extends Hash<T> = Hasher, Opts = undefined> = {
  /** Digest size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function (absent for some hash classes of one's own). */
  readonly canXOF?: boolean | undefined;
  /** The DER-encoded OID, for the hashes that have one. */
  readonly oid?: Uint8Array | undefined;
} & ([Opts] extends [undefined]
  ? {
      /** The digest of `message`. */
      (message: Uint8Array): Bytes;
      /** A new instance, for streaming. */
      create(): T;
    }
  : {
      /** The digest of `message`. */
      (message: Uint8Array, options?: Opts): Bytes;
      /** A new instance, for streaming. */
      create(options?: Opts): T;
    });
/**
 * An extendable-output hash function, as noble's `CHashXOF`.
 *
 * @example
 * ```ts
 * import type { CHashXOF } from '@org/wasm-crypto/utils';
 * import { shake256 } from '@org/wasm-crypto/sha3';
 * const xof: CHashXOF = shake256;
 * xof.create().update('seed').xof(100);
 * ```
 */
export type CHashXOF<T extends HashXOF<T> = Hasher, Opts = undefined> = CHash<T, Opts>;
/**
 * What {@link createHasher} takes besides the constructor: noble's `HashInfo`.
 *
 * @example
 * ```ts
 * import { createHasher, type HashInfo } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const info: HashInfo = { oid: sha256.oid };
 * createHasher(() => sha256.create(), info);
 * ```
 */
export interface HashInfo {
  /** The DER-encoded OID of the hash. */
  oid?: Uint8Array;
}
/**
 * A hash constructor, as {@link createHasher} takes: noble's `HasherCons`.
 *
 * @example
 * ```ts
 * import type { HasherCons } from '@org/wasm-crypto/utils';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * import type { Hasher } from '@org/wasm-crypto';
 * const make: HasherCons<Hasher> = () => sha256.create();
 * ```
 */
export type HasherCons<T, Opts = undefined> = (options?: Opts) => T;
/**
 * noble's argument wrapper for typed arrays; plain `T` here.
 *
 * @example
 * ```ts
 * import type { TArg } from '@org/wasm-crypto/utils';
 * const input: TArg<Uint8Array> = new Uint8Array(4);
 * ```
 */
export type TArg<T> = T;
/**
 * noble's result wrapper for typed arrays; plain `T` here.
 *
 * @example
 * ```ts
 * import type { TRet } from '@org/wasm-crypto/utils';
 * const output: TRet<Uint8Array> = new Uint8Array(32);
 * ```
 */
export type TRet<T> = T;
/**
 * noble's typed-array argument mapping; plain `T` here.
 *
 * @example
 * ```ts
 * import type { TypedArg } from '@org/wasm-crypto/utils';
 * const input: TypedArg<Uint32Array> = new Uint32Array(4);
 * ```
 */
export type TypedArg<T> = T;
/**
 * noble's typed-array result mapping; plain `T` here.
 *
 * @example
 * ```ts
 * import type { TypedRet } from '@org/wasm-crypto/utils';
 * const output: TypedRet<Uint32Array> = new Uint32Array(8);
 * ```
 */
export type TypedRet<T> = T;
