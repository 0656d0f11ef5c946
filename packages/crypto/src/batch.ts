import { describe, toBytes, type BytesInput } from '@org/wasm-runtime';
import { isUint32Array, isUint8Array } from './typed.js';

/**
 * Most message bytes one call into wasm hashes (1 MiB, as the one-shot path's chunks): short calls
 * let V8 tier the code up early, and keep wasm memory small whatever the batch's size.
 */
const GROUP_BYTES = 1 << 20;

/**
 * Many messages laid out in one buffer: message `i` is `data.subarray(offsets[i], offsets[i + 1])`,
 * so `offsets` has one entry more than there are messages.
 *
 * @example
 * ```ts
 * import { sha256, type PackedMessages } from '@org/wasm-crypto';
 * // 'ab' and 'c': message 0 is bytes 0..2, message 1 is bytes 2..3
 * const packed: PackedMessages = { data: new TextEncoder().encode('abc'), offsets: new Uint32Array([0, 2, 3]) };
 * const digests = sha256.batch(packed); // 64 bytes
 * ```
 */
export interface PackedMessages {
  /** Every message's bytes, back to back. */
  readonly data: Uint8Array;
  /** Where each message starts in `data`, then where the last one ends: non-decreasing, at most `data.length`. */
  readonly offsets: Uint32Array;
}

/** How a batch hashes: a group of short messages in one call into wasm, or one long message (in chunks). */
export interface BatchRunner {
  /** The digests of a group, back to back; `offsets` start at 0. */
  readonly group: (data: Uint8Array, offsets: Uint32Array) => Uint8Array;
  /** The digest of a message longer than a group holds. */
  readonly one: (message: Uint8Array) => Uint8Array;
}

/**
 * Hashes listed or packed messages, back to back in the result: runs of short messages together
 * (at most {@link GROUP_BYTES} per call), a longer message on its own through `run.one`.
 */
export function hashBatch(messages: readonly BytesInput[] | PackedMessages, outputLen: number, run: BatchRunner): Uint8Array {
  if (!Array.isArray(messages)) return hashPacked(checkPacked(messages as PackedMessages), outputLen, run);
  // Array.from visits holes, so a hole is refused like `undefined`.
  const parts = Array.from(messages, (message, i) => toBytes(message, `messages[${i}]`));
  const out = new Uint8Array(parts.length * outputLen);
  for (let first = 0; first < parts.length; ) {
    let [end, size] = [first, 0];
    while (end < parts.length && size + (parts[end] as Uint8Array).length <= GROUP_BYTES) size += (parts[end++] as Uint8Array).length;
    if (end === first) {
      out.set(run.one(parts[first] as Uint8Array), first * outputLen);
      first++;
      continue;
    }
    const [data, offsets] = [new Uint8Array(size), new Uint32Array(end - first + 1)];
    for (let i = first; i < end; i++) {
      const at = offsets[i - first] as number;
      data.set(parts[i] as Uint8Array, at);
      offsets[i - first + 1] = at + (parts[i] as Uint8Array).length;
    }
    out.set(run.group(data, offsets), first * outputLen);
    first = end;
  }
  return out;
}

/** {@link hashBatch} of packed messages: each group is a view of `data`, its offsets rebased to 0. */
function hashPacked({ data, offsets }: PackedMessages, outputLen: number, run: BatchRunner): Uint8Array {
  const count = offsets.length - 1;
  const out = new Uint8Array(count * outputLen);
  for (let first = 0; first < count; ) {
    const start = offsets[first] as number;
    let end = first;
    while (end < count && (offsets[end + 1] as number) - start <= GROUP_BYTES) end++;
    if (end === first) {
      out.set(run.one(data.subarray(start, offsets[first + 1])), first * outputLen);
      first++;
      continue;
    }
    const groupOffsets = offsets.slice(first, end + 1).map((offset) => offset - start);
    out.set(run.group(data.subarray(start, offsets[end]), groupOffsets), first * outputLen);
    first = end;
  }
  return out;
}

function checkPacked(packed: PackedMessages): PackedMessages {
  if (typeof packed !== 'object' || packed === null) {
    throw new TypeError(`messages must be an array or { data, offsets }; got ${describe(packed)}`);
  }
  const { data, offsets } = packed;
  if (!isUint8Array(data)) throw new TypeError(`messages.data must be a Uint8Array; got ${describe(data)}`);
  if (!isUint32Array(offsets)) throw new TypeError(`messages.offsets must be a Uint32Array; got ${describe(offsets)}`);
  if (offsets.length === 0) throw new RangeError('messages.offsets needs at least one entry');
  for (let i = 0; i < offsets.length; i++) {
    const offset = offsets[i] as number;
    if (offset > data.length) throw new RangeError(`messages.offsets[${i}] = ${offset} is past the end of data (${data.length})`);
    if (i > 0 && offset < (offsets[i - 1] as number)) throw new RangeError(`messages.offsets must not decrease (at index ${i})`);
  }
  return packed;
}
