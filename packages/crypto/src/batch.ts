import { describe, ownBytes, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { isUint32Array, isUint8Array } from './typed.js';

/**
 * A message longer than this (1 MiB, as the one-shot path's chunks) is hashed on its own, in chunks,
 * so that V8 tiers the code up early rather than running one long call on its baseline tier.
 */
const LONG_MESSAGE = 1 << 20;

/**
 * Most bytes of messages one call into wasm hashes (16 MiB), and most bytes of offsets and digests
 * it returns, which keeps wasm memory small whatever the batch's size.
 */
const GROUP_BYTES = 1 << 24;

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
 * Hashes listed or packed messages, back to back in the result: runs of messages of at most
 * {@link LONG_MESSAGE} bytes together (at most {@link GROUP_BYTES} per call, all in one call for
 * most batches), a longer one on its own through `run.one`.
 */
export function hashBatch(messages: readonly BytesInput[] | PackedMessages, outputLen: number, run: BatchRunner): Bytes {
  if (!Array.isArray(messages)) {
    const { data, offsets } = checkPacked(messages as PackedMessages);
    const at = (i: number) => offsets[i] as number;
    const lengths = new Uint32Array(offsets.length - 1);
    for (let i = 0; i < lengths.length; i++) lengths[i] = at(i + 1) - at(i);
    return hashGroups(lengths, outputLen, run, (first, end) => {
      if (first === 0 && end === lengths.length) return run.group(data, offsets); // all of them: as given
      const start = at(first);
      return run.group(data.subarray(start, at(end)), offsets.slice(first, end + 1).map((offset) => offset - start));
    }, (i) => data.subarray(at(i), at(i + 1)));
  }
  // Array.from visits holes, so a hole is refused like `undefined`.
  const parts = Array.from(messages, (message, i) => toBytes(message, `messages[${i}]`));
  const lengths = new Uint32Array(parts.length);
  for (const [i, part] of parts.entries()) lengths[i] = part.length;
  return hashGroups(lengths, outputLen, run, (first, end, size) => run.group(...packParts(parts, first, end, size)), (i) => parts[i] as Uint8Array);
}

/** Messages `first..end` of `parts` (`size` bytes together) in one buffer, with their offsets. */
function packParts(parts: readonly Uint8Array[], first: number, end: number, size: number): [Uint8Array, Uint32Array] {
  const [data, offsets] = [new Uint8Array(size), new Uint32Array(end - first + 1)];
  for (let i = first; i < end; i++) {
    const at = offsets[i - first] as number;
    data.set(parts[i] as Uint8Array, at);
    offsets[i - first + 1] = at + (parts[i] as Uint8Array).length;
  }
  return [data, offsets];
}

/** Whether the offsets and digests of `count` messages fit one call. */
const fitsOneCall = (count: number, outputLen: number): boolean => (count + 1) * (4 + outputLen) <= GROUP_BYTES;

/**
 * Splits messages of these `lengths` into groups and long ones, and puts their digests in place:
 * `group` hashes messages `first..end` (`size` bytes together) in one call, `message(i)` is message
 * `i`. When one group holds them all, its digests are the result as they are.
 */
function hashGroups(
  lengths: Uint32Array,
  outputLen: number,
  run: BatchRunner,
  group: (first: number, end: number, size: number) => Uint8Array,
  message: (i: number) => Uint8Array,
): Bytes {
  const count = lengths.length;
  let out: Bytes | undefined;
  let first = 0;
  do {
    let end = first;
    let size = 0;
    for (; end < count; end++) {
      const length = lengths[end] as number;
      if (length > LONG_MESSAGE || size + length > GROUP_BYTES || !fitsOneCall(end + 1 - first, outputLen)) break;
      size += length;
    }
    const digests = end === first && end < count ? run.one(message(end++)) : group(first, end, size);
    if (first === 0 && end === count) return ownBytes(digests); // one call did all (an empty batch too): the glue's own copy
    (out ??= new Uint8Array(count * outputLen)).set(digests, first * outputLen);
    first = end;
  } while (first < count);
  return out as Bytes;
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
