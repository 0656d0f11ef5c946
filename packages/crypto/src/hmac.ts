import { toBytes, type BytesInput } from '@org/wasm-runtime';
import { crypto } from './binding.js';
import { adoptHasher, algorithmId, CHUNK, type HashFunction, type Hasher } from './hash.js';

/**
 * HMAC (RFC 2104) in the call shape of `@noble/hashes`: `hmac(hash, key, message)`, or
 * `hmac.create(hash, key)` for a streaming HMAC.
 *
 * @example
 * ```ts
 * import { hmac, sha256 } from '@org/wasm-crypto';
 * const tag = hmac(sha256, key, 'message');
 * const same = hmac.create(sha256, key).update('mess').update('age').digest();
 * ```
 */
export interface HmacFunction {
  (hash: HashFunction, key: BytesInput, message: BytesInput): Uint8Array;
  /** Starts a streaming HMAC: a {@link Hasher} whose `digest()` is the tag. */
  create(hash: HashFunction, key: BytesInput): Hasher;
}

/**
 * Runs `use` with the key's bytes, then zeroes them if they were our own UTF-8 encoding of a
 * string (the wasm side wipes its copy itself; a caller's Uint8Array is the caller's).
 */
function withKey<T>(key: BytesInput, use: (bytes: Uint8Array) => T): T {
  const bytes = toBytes(key, 'key');
  try {
    return use(bytes);
  } finally {
    if (typeof key === 'string') bytes.fill(0);
  }
}

function createHmac(hash: HashFunction, key: BytesInput): Hasher {
  const id = algorithmId(hash, 'hash');
  const module = crypto.get();
  const raw = withKey(key, (bytes) => module.call((glue) => new glue.HmacHasher(id, bytes)));
  return adoptHasher(hash, raw, undefined);
}

/**
 * The HMAC tag of `message` under `key` with `hash` (any of this package's hash functions); keys
 * of any length. The key's copy in wasm memory is wiped after use.
 *
 * @example
 * ```ts
 * import { equalBytes, hmac, sha256 } from '@org/wasm-crypto';
 * const tag = hmac(sha256, 'secret key', 'message'); // 32 bytes
 * equalBytes(tag, expectedTag); // compare tags without an early exit
 * ```
 */
export const hmac: HmacFunction = Object.assign(
  (hash: HashFunction, key: BytesInput, message: BytesInput): Uint8Array => {
    const id = algorithmId(hash, 'hash');
    const data = toBytes(message, 'message');
    if (data.length > CHUNK) return createHmac(hash, key).update(data).digest();
    return withKey(key, (bytes) => crypto.get().call((glue) => glue.hmac(id, bytes, data)));
  },
  { create: createHmac },
);
