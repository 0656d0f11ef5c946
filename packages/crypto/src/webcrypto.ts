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
import { checkInteger, toBytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import type { HashFunction } from './hash.js';
import { hkdf as wasmHkdf } from './hkdf.js';
import { hmac as wasmHmac } from './hmac.js';
import { checkOptions } from './options.js';
import { pbkdf2Async as wasmPbkdf2 } from './pbkdf2.js';
import { sha256 as wasmSha256, sha384 as wasmSha384, sha512 as wasmSha512 } from './sha2.js';

/** A hash of this subpath: an async one-shot function carrying its WebCrypto name and sizes. */
export interface WebHash {
  (message: BytesInput): Promise<Uint8Array>;
  /** The algorithm's WebCrypto name. */
  readonly webCryptoName: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Digest length in bytes. */
  readonly outputLen: number;
  /** Block length in bytes. */
  readonly blockLen: number;
  /** Throws: WebCrypto has no streaming hashes (use `@org/wasm-crypto/sha2`'s `create()`). */
  create(): never;
}

/** Options of {@link pbkdf2}. */
export interface WebPbkdf2Options {
  /** Iterations, 1 to 2³¹ − 1. */
  c: number;
  /** Output length in bytes (default 32). */
  dkLen?: number;
}

/** This package's wasm version of each hash, for runtimes without `crypto.subtle`. */
const fallbacks = new WeakMap<object, HashFunction>();

const subtle = (): SubtleCrypto | undefined => (globalThis.crypto as Crypto | undefined)?.subtle;

/** `bytes` as WebCrypto takes them: a copy if they live in a SharedArrayBuffer, which it refuses. */
const web = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => (bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice());

/** The wasm version of `hash`, with the SHA-2 module loaded (at once in Node, fetched elsewhere). */
async function wasmFor(hash: WebHash): Promise<HashFunction> {
  await slots.sha2.get().init();
  return fallbacks.get(hash) as HashFunction;
}

function checkHash(hash: unknown, name: string): WebHash {
  if (typeof hash !== 'function' || !fallbacks.has(hash)) {
    throw new TypeError(`${name}: hash must be sha256, sha384 or sha512 from @org/wasm-crypto/webcrypto`);
  }
  return hash as WebHash;
}

function webHash(webCryptoName: WebHash['webCryptoName'], blockLen: number, outputLen: number, wasm: HashFunction): WebHash {
  const hash = async (message: BytesInput): Promise<Uint8Array> => {
    const bytes = toBytes(message, 'message');
    const platform = subtle();
    if (platform) return new Uint8Array(await platform.digest(webCryptoName, web(bytes)));
    return (await wasmFor(self))(bytes);
  };
  const create = (): never => {
    throw new TypeError(`${webCryptoName} from @org/wasm-crypto/webcrypto has no streaming form; use create() of @org/wasm-crypto/sha2`);
  };
  const self = Object.freeze(Object.assign(hash, { webCryptoName, outputLen, blockLen, create }));
  fallbacks.set(self, wasm);
  return self;
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
export const sha256: WebHash = webHash('SHA-256', 64, 32, wasmSha256);

/**
 * SHA-384 through WebCrypto (or this package's wasm where there is none), as a Promise.
 *
 * @example
 * ```ts
 * import { sha384 } from '@org/wasm-crypto/webcrypto';
 * const digest = await sha384('abc');
 * ```
 */
export const sha384: WebHash = webHash('SHA-384', 128, 48, wasmSha384);

/**
 * SHA-512 through WebCrypto (or this package's wasm where there is none), as a Promise.
 *
 * @example
 * ```ts
 * import { sha512 } from '@org/wasm-crypto/webcrypto';
 * const digest = await sha512('abc');
 * ```
 */
export const sha512: WebHash = webHash('SHA-512', 128, 64, wasmSha512);

/** The HMAC function of this subpath: async, with no streaming form. */
export interface WebHmac {
  (hash: WebHash, key: BytesInput, message: BytesInput): Promise<Uint8Array>;
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
  async (hash: WebHash, key: BytesInput, message: BytesInput): Promise<Uint8Array> => {
    checkHash(hash, 'hmac');
    const keyBytes = toBytes(key, 'key');
    const bytes = toBytes(message, 'message');
    const platform = subtle();
    // WebCrypto refuses empty HMAC keys, which RFC 2104 allows: those take the wasm path.
    if (platform && keyBytes.length > 0) {
      const webKey = await platform.importKey('raw', web(keyBytes), { name: 'HMAC', hash: hash.webCryptoName }, false, ['sign']);
      return new Uint8Array(await platform.sign('HMAC', webKey, web(bytes)));
    }
    return wasmHmac(await wasmFor(hash), keyBytes, bytes);
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
export async function hkdf(hash: WebHash, ikm: BytesInput, salt: BytesInput | undefined, info: BytesInput | undefined, length: number): Promise<Uint8Array> {
  checkHash(hash, 'hkdf');
  const ikmBytes = toBytes(ikm, 'ikm');
  const saltBytes = salt === undefined ? new Uint8Array(0) : toBytes(salt, 'salt');
  const infoBytes = info === undefined ? new Uint8Array(0) : toBytes(info, 'info');
  checkInteger(length, 'length', 1, 255 * hash.outputLen);
  const platform = subtle();
  if (platform) {
    const webKey = await platform.importKey('raw', web(ikmBytes), 'HKDF', false, ['deriveBits']);
    const params = { name: 'HKDF', hash: hash.webCryptoName, salt: web(saltBytes), info: web(infoBytes) };
    return new Uint8Array(await platform.deriveBits(params, webKey, 8 * length));
  }
  return wasmHkdf(await wasmFor(hash), ikmBytes, saltBytes, infoBytes, length);
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
export async function pbkdf2(hash: WebHash, password: BytesInput, salt: BytesInput, options: WebPbkdf2Options): Promise<Uint8Array> {
  checkHash(hash, 'pbkdf2');
  const o = checkOptions(options) as Partial<WebPbkdf2Options>;
  const c = checkInteger(o.c, 'c', 1, 0x7fffffff);
  const dkLen = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 1, 2 ** 29 - 1);
  const passwordBytes = toBytes(password, 'password');
  const saltBytes = toBytes(salt, 'salt');
  try {
    const platform = subtle();
    if (platform) {
      const webKey = await platform.importKey('raw', web(passwordBytes), 'PBKDF2', false, ['deriveBits']);
      const params = { name: 'PBKDF2', hash: hash.webCryptoName, salt: web(saltBytes), iterations: c };
      return new Uint8Array(await platform.deriveBits(params, webKey, 8 * dkLen));
    }
    return await wasmPbkdf2(await wasmFor(hash), passwordBytes, saltBytes, { c, dkLen });
  } finally {
    if (typeof password === 'string') passwordBytes.fill(0);
  }
}
