import { ownBytes, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { hashBatch, type PackedMessages } from './batch.js';
import { adoptHasher, CHUNK, type HashFunction, type Hasher } from './hash.js';
import { keyedHash, withSecret } from './keyed.js';

/**
 * HMAC (RFC 2104) over a hash of this package, in the call shape of `@noble/hashes`:
 * `hmac(sha256, key, message)`, or `hmac.create(sha256, key)` for streaming.
 *
 * @example
 * ```ts
 * import { hmac, sha256, type HmacFunction } from '@org/wasm-crypto';
 * const mac: HmacFunction = hmac;
 * mac(sha256, 'key', 'message'); // 32 bytes
 * ```
 */
export interface HmacFunction {
  (hash: HashFunction, key: BytesInput, message: BytesInput): Bytes;
  /** Starts a streaming HMAC: a {@link Hasher} whose `digest()` is the tag. */
  create(hash: HashFunction, key: BytesInput): Hasher;
  /**
   * The tags of many messages under one key, with few calls into WebAssembly (up to 16 MiB of
   * messages per call, the key processed once per call), concatenated: tag `i` is
   * `result.subarray(i * hash.outputLen, (i + 1) * hash.outputLen)`.
   */
  batch(hash: HashFunction, key: BytesInput, messages: readonly BytesInput[] | PackedMessages): Bytes;
}

function createHmac(hash: HashFunction, key: BytesInput): Hasher {
  const { slot, id, outputLen } = keyedHash(hash, 'hmac');
  const module = slot.get();
  const raw = withSecret(key, 'key', (bytes) => module.call((glue) => glue.Hasher.hmac(id, bytes)));
  // No reset after digest(): the key is not kept on the JS side.
  return adoptHasher(hash, raw, undefined, outputLen, false); // a tag, even over an XOF
}

/**
 * HMAC (RFC 2104) with any hash of this package but KMAC and the checksums (RustCrypto's `hmac`).
 * The key is wiped from wasm memory after use.
 *
 * @example
 * ```ts
 * import { hmac } from '@org/wasm-crypto/hmac';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const tag = hmac(sha256, 'key', 'message');
 * const streamed = hmac.create(sha256, 'key').update('mess').update('age').digest(); // the same
 * const tags = hmac.batch(sha256, 'key', ['a', 'b', 'c']); // 3 × 32 bytes, one call
 * ```
 */
export const hmac: HmacFunction = Object.assign(
  (hash: HashFunction, key: BytesInput, message: BytesInput): Bytes => {
    const { slot, id } = keyedHash(hash, 'hmac');
    const data = toBytes(message, 'message');
    if (data.length > CHUNK) return createHmac(hash, key).update(data).digest();
    return ownBytes(withSecret(key, 'key', (bytes) => slot.get().call((glue) => glue.hmac(id, bytes, data))));
  },
  {
    create: createHmac,
    batch: (hash: HashFunction, key: BytesInput, messages: readonly BytesInput[] | PackedMessages): Bytes => {
      const { slot, id, outputLen } = keyedHash(hash, 'hmac.batch');
      return withSecret(key, 'key', (bytes) =>
        hashBatch(messages, outputLen, {
          group: (data, offsets) => slot.get().call((glue) => glue.hmacBatch(id, bytes, data, offsets)),
          one: (message) => hmac(hash, bytes, message),
        }),
      );
    },
  },
);
