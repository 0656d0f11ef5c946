/**
 * `@org/wasm-crypto/webcrypto`: the API of `@noble/hashes/webcrypto.js` — async SHA-256/384/512,
 * HMAC, HKDF and PBKDF2 — on the platform's WebCrypto, which is fastest for large inputs. Where
 * `crypto.subtle` is missing (pages served over plain HTTP, some runtimes) the same calls run on
 * this package's SHA-2 wasm instead, loading it on first use, with the same results. Not
 * re-exported by the package root, whose synchronous `sha256`, `hmac`, … it would shadow.
 *
 * @example
 * ```ts
 * import { hmac, sha256 } from '@org/wasm-crypto/webcrypto';
 * await sha256(new Uint8Array([1, 2, 3]));
 * await hmac(sha256, key, message);
 * ```
 * @module
 */
import { checkInteger, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import type { HashFunction } from './hash.js';
import { hkdf as wasmHkdf } from './hkdf.js';
import { hmac as wasmHmac } from './hmac.js';
import { checkOptions } from './options.js';
import { MAX_PBKDF2_LEN, MAX_PBKDF2_ROUNDS } from './limits.js';
import { pbkdf2Async as wasmPbkdf2 } from './pbkdf2.js';
import { sha256 as wasmSha256, sha384 as wasmSha384, sha512 as wasmSha512 } from './sha2.js';
import { copyOf } from './copy.js';

/**
 * A hash of this subpath: an async one-shot function carrying its WebCrypto name and sizes.
 *
 * @example
 * ```ts
 * import { sha256, type WebHash } from '@org/wasm-crypto/webcrypto';
 * const hash: WebHash = sha256;
 * await hash('abc'); // on crypto.subtle where it exists
 * ```
 */
export interface WebHash {
  (message: BytesInput): Promise<Bytes>;
  /** The algorithm's WebCrypto name. */
  readonly webCryptoName: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Digest length in bytes. */
  readonly outputLen: number;
  /** Block length in bytes. */
  readonly blockLen: number;
  /** Throws: WebCrypto has no streaming hashes (use `@org/wasm-crypto/sha2`'s `create()`). */
  create(): never;
}

/**
 * Options of {@link pbkdf2}.
 *
 * @example
 * ```ts
 * import { pbkdf2, sha256, type WebPbkdf2Options } from '@org/wasm-crypto/webcrypto';
 * const options: WebPbkdf2Options = { c: 600_000, dkLen: 32 };
 * await pbkdf2(sha256, 'password', 'salt', options);
 * ```
 */
export interface WebPbkdf2Options {
  /** Iterations, 1 to 10⁸ (the limit of the wasm fallback, applied on both paths). */
  c: number;
  /** Output length in bytes, 1 to 1 MiB (default 32). */
  dkLen?: number;
}

type WebCryptoName = WebHash['webCryptoName'];

/** This package's wasm version of each hash, for runtimes without `crypto.subtle`. */
const FALLBACK: Record<WebCryptoName, HashFunction> = { 'SHA-256': wasmSha256, 'SHA-384': wasmSha384, 'SHA-512': wasmSha512 };

const EMPTY = new Uint8Array(0);
const subtle = (): SubtleCrypto | undefined => (globalThis.crypto as Crypto | undefined)?.subtle;

/** The wasm version of the hash named `name`, with the SHA-2 module loaded (at once in Node, fetched elsewhere). */
async function wasmFor(name: WebCryptoName): Promise<HashFunction> {
  await slots.sha2.get().init();
  return FALLBACK[name];
}

/**
 * The WebCrypto name of `hash`: one of this subpath's hashes, from any copy of it (ESM or
 * CommonJS), or noble's own `webcrypto.js` hashes, which carry the same name.
 */
function webName(hash: unknown, fn: string): WebCryptoName {
  const name = typeof hash === 'function' ? (hash as Partial<WebHash>).webCryptoName : undefined;
  if (name === undefined || !Object.hasOwn(FALLBACK, name)) {
    throw new TypeError(`${fn}: hash must be sha256, sha384 or sha512 from @org/wasm-crypto/webcrypto`);
  }
  return name;
}

/** Fresh copies of byte inputs, as WebCrypto takes them. */
type Copies<I> = { [K in keyof I]: Uint8Array<ArrayBuffer> };

/**
 * Runs `use` on copies of `inputs` (named as in error messages), taken before anything awaits,
 * so the caller may reuse or wipe its buffers at once, as with noble; wipes the copies afterwards.
 */
async function withCopies<I extends Record<string, BytesInput>, T>(inputs: I, use: (copies: Copies<I>) => Promise<T>): Promise<T> {
  const copies: Record<string, Uint8Array<ArrayBuffer>> = {};
  try {
    for (const [name, input] of Object.entries(inputs)) {
      const bytes = toBytes(input, name);
      // A string is encoded into fresh bytes already; other inputs are copied (which also keeps
      // SharedArrayBuffer views, which WebCrypto refuses, away from it).
      copies[name] = typeof input === 'string' ? (bytes as Uint8Array<ArrayBuffer>) : copyOf(bytes);
    }
    return await use(copies as Copies<I>);
  } finally {
    for (const copy of Object.values(copies)) copy.fill(0);
  }
}

function webHash(webCryptoName: WebCryptoName, blockLen: number, outputLen: number): WebHash {
  const hash = (message: BytesInput): Promise<Bytes> =>
    withCopies({ message }, async ({ message: bytes }) => {
      const platform = subtle();
      if (platform) return new Uint8Array(await platform.digest(webCryptoName, bytes));
      return (await wasmFor(webCryptoName))(bytes);
    });
  const create = (): never => {
    throw new TypeError(`${webCryptoName} from @org/wasm-crypto/webcrypto has no streaming form; use create() of @org/wasm-crypto/sha2`);
  };
  return Object.freeze(Object.assign(hash, { webCryptoName, outputLen, blockLen, create }));
}

/**
 * SHA-256 through WebCrypto (or this package's wasm where there is none), as a Promise.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto/webcrypto';
 * const digest = await sha256(new TextEncoder().encode('abc'));
 * ```
 */
export const sha256: WebHash = webHash('SHA-256', 64, 32);

/**
 * SHA-384 through WebCrypto (or this package's wasm where there is none), as a Promise.
 *
 * @example
 * ```ts
 * import { sha384 } from '@org/wasm-crypto/webcrypto';
 * const digest = await sha384('abc');
 * ```
 */
export const sha384: WebHash = webHash('SHA-384', 128, 48);

/**
 * SHA-512 through WebCrypto (or this package's wasm where there is none), as a Promise.
 *
 * @example
 * ```ts
 * import { sha512 } from '@org/wasm-crypto/webcrypto';
 * const digest = await sha512('abc');
 * ```
 */
export const sha512: WebHash = webHash('SHA-512', 128, 64);

/**
 * The HMAC function of this subpath: async, with no streaming form.
 *
 * @example
 * ```ts
 * import { hmac, sha256, type WebHmac } from '@org/wasm-crypto/webcrypto';
 * const mac: WebHmac = hmac;
 * await mac(sha256, 'key', 'message');
 * ```
 */
export interface WebHmac {
  (hash: WebHash, key: BytesInput, message: BytesInput): Promise<Bytes>;
  /** Throws: WebCrypto has no streaming HMAC (use `@org/wasm-crypto/hmac`'s `hmac.create`). */
  create(hash: WebHash, key: BytesInput): never;
}

/**
 * HMAC (RFC 2104) with one of this subpath's hashes, as a Promise.
 *
 * @example
 * ```ts
 * import { hmac, sha256 } from '@org/wasm-crypto/webcrypto';
 * const tag = await hmac(sha256, 'key', 'message');
 * ```
 */
export const hmac: WebHmac = Object.assign(
  async (hash: WebHash, key: BytesInput, message: BytesInput): Promise<Bytes> => {
    const name = webName(hash, 'hmac');
    return withCopies({ key, message }, async (copies) => {
      const platform = subtle();
      // WebCrypto refuses empty HMAC keys, which RFC 2104 allows: those take the wasm path.
      if (platform && copies.key.length > 0) {
        const webKey = await platform.importKey('raw', copies.key, { name: 'HMAC', hash: name }, false, ['sign']);
        return new Uint8Array(await platform.sign('HMAC', webKey, copies.message));
      }
      return wasmHmac(await wasmFor(name), copies.key, copies.message);
    });
  },
  {
    create: (): never => {
      throw new TypeError('hmac from @org/wasm-crypto/webcrypto has no streaming form; use hmac.create of @org/wasm-crypto/hmac');
    },
  },
);

/**
 * HKDF (RFC 5869) with one of this subpath's hashes, as a Promise: `length` bytes (at most 255
 * hash lengths) from input key material, an optional salt and optional info.
 *
 * @example
 * ```ts
 * import { hkdf, sha256 } from '@org/wasm-crypto/webcrypto';
 * const key = await hkdf(sha256, inputKeyMaterial, salt, 'context', 32);
 * ```
 */
export async function hkdf(hash: WebHash, ikm: BytesInput, salt: BytesInput | undefined, info: BytesInput | undefined, length: number): Promise<Bytes> {
  const name = webName(hash, 'hkdf');
  const outputLen = FALLBACK[name].outputLen;
  checkInteger(length, 'length', 0, 255 * outputLen);
  const inputs = { ikm, salt: salt === undefined ? EMPTY : salt, info: info === undefined ? EMPTY : info };
  return withCopies(inputs, async (copies) => {
    if (length === 0) return new Uint8Array(0); // as noble (RFC 5869 allows L = 0)
    const platform = subtle();
    if (platform) {
      const webKey = await platform.importKey('raw', copies.ikm, 'HKDF', false, ['deriveBits']);
      const params = { name: 'HKDF', hash: name, salt: copies.salt, info: copies.info };
      return new Uint8Array(await platform.deriveBits(params, webKey, 8 * length));
    }
    return wasmHkdf(await wasmFor(name), copies.ikm, copies.salt, copies.info, length);
  });
}

/**
 * PBKDF2-HMAC (RFC 8018) with one of this subpath's hashes, as a Promise.
 *
 * @example
 * ```ts
 * import { pbkdf2, sha256 } from '@org/wasm-crypto/webcrypto';
 * const key = await pbkdf2(sha256, 'password', 'salt', { c: 600_000, dkLen: 32 });
 * ```
 */
export async function pbkdf2(hash: WebHash, password: BytesInput, salt: BytesInput, options: WebPbkdf2Options): Promise<Bytes> {
  const name = webName(hash, 'pbkdf2');
  const o = checkOptions(options) as Partial<WebPbkdf2Options>;
  // The wasm's limits on both paths, so that a call never depends on which one runs.
  const c = checkInteger(o.c, 'c', 1, MAX_PBKDF2_ROUNDS);
  const dkLen = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 1, MAX_PBKDF2_LEN);
  return withCopies({ password, salt }, async (copies) => {
    const platform = subtle();
    if (platform) {
      const webKey = await platform.importKey('raw', copies.password, 'PBKDF2', false, ['deriveBits']);
      const params = { name: 'PBKDF2', hash: name, salt: copies.salt, iterations: c };
      return new Uint8Array(await platform.deriveBits(params, webKey, 8 * dkLen));
    }
    return wasmPbkdf2(await wasmFor(name), copies.password, copies.salt, { c, dkLen });
  });
}
