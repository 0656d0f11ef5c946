import { describe, toBytes, type BytesInput, type ModuleSlot } from '@org/wasm-runtime';
import type { HashGlue } from './binding.js';

/**
 * Cap on the wasm memory one batch needs (its data, offsets and digests together): wasm memory
 * cannot exceed 4 GiB, and running out of it would be a trap, not an error.
 */
const MAX_BATCH_BYTES = 1 << 30;

function checkBatchSize(dataBytes: number, count: number, outputLen: number): void {
  const needed = dataBytes + 4 * (count + 1) + outputLen * count; // data, offsets, digests
  if (needed > MAX_BATCH_BYTES) {
    throw new RangeError(`messages need ${needed} bytes of wasm memory (data, offsets and digests); split the batch (limit ${MAX_BATCH_BYTES})`);
  }
}

/**
 * Many messages laid out in one buffer: message `i` is `data.subarray(offsets[i], offsets[i + 1])`,
 * so `offsets` has one entry more than there are messages.
 *
 * @example
 * ```ts
 * import { sha256Batch, type PackedMessages } from '@org/wasm-crypto';
 * // 'ab' and 'c': message 0 is bytes 0..2, message 1 is bytes 2..3
 * const packed: PackedMessages = { data: new TextEncoder().encode('abc'), offsets: new Uint32Array([0, 2, 3]) };
 * const digests = sha256Batch(packed); // 64 bytes
 * ```
 */
export interface PackedMessages {
  /** Every message's bytes, back to back. */
  readonly data: Uint8Array;
  /** Where each message starts in `data`, then where the last one ends: non-decreasing, at most `data.length`. */
  readonly offsets: Uint32Array;
}

/** Hashes packed or listed messages with algorithm `id` in one call (see `HashFunction.batch`). */
export function digestBatch(
  slot: ModuleSlot<HashGlue>,
  id: number,
  outputLen: number,
  messages: readonly BytesInput[] | PackedMessages,
): Uint8Array {
  const { data, offsets } = toPacked(messages, outputLen);
  return slot.get().call((glue) => glue.digestBatch(id, data, offsets));
}

/** Listed messages packed into one buffer, or packed ones checked; `outputLen` bounds the total size. */
export function toPacked(messages: readonly BytesInput[] | PackedMessages, outputLen: number): PackedMessages {
  return Array.isArray(messages) ? pack(messages, outputLen) : checkPacked(messages as PackedMessages, outputLen);
}

function pack(messages: readonly BytesInput[], outputLen: number): PackedMessages {
  const parts = messages.map((message, i) => toBytes(message, `messages[${i}]`));
  checkBatchSize(0, parts.length, outputLen);
  const offsets = new Uint32Array(parts.length + 1);
  let total = 0;
  parts.forEach((part, i) => {
    total += part.length;
    checkBatchSize(total, parts.length, outputLen);
    offsets[i + 1] = total;
  });
  const data = new Uint8Array(total);
  parts.forEach((part, i) => data.set(part, offsets[i]));
  return { data, offsets };
}

function checkPacked(packed: PackedMessages, outputLen: number): PackedMessages {
  if (typeof packed !== 'object' || packed === null) {
    throw new TypeError(`messages must be an array or { data, offsets }; got ${describe(packed)}`);
  }
  const { data, offsets } = packed;
  if (!(data instanceof Uint8Array)) throw new TypeError(`messages.data must be a Uint8Array; got ${describe(data)}`);
  if (!(offsets instanceof Uint32Array)) throw new TypeError(`messages.offsets must be a Uint32Array; got ${describe(offsets)}`);
  if (offsets.length === 0) throw new RangeError('messages.offsets needs at least one entry');
  checkBatchSize(data.length, offsets.length - 1, outputLen);
  for (let i = 0; i < offsets.length; i++) {
    const offset = offsets[i] as number;
    if (offset > data.length) throw new RangeError(`messages.offsets[${i}] = ${offset} is past the end of data (${data.length})`);
    if (i > 0 && offset < (offsets[i - 1] as number)) throw new RangeError(`messages.offsets must not decrease (at index ${i})`);
  }
  return packed;
}
