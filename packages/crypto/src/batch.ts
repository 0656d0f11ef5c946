import { describe, toBytes, type BytesInput } from '@org/wasm-runtime';
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
 * {@link LONG_MESSAGE} bytes together (at most {@link GROUP_BYTES} per call), a longer one on its
 * own through `run.one`.
 */
export function hashBatch(messages: readonly BytesInput[] | PackedMessages, outputLen: number, run: BatchRunner): Uint8Array {
  if (!Array.isArray(messages)) return hashPacked(checkPacked(messages as PackedMessages), outputLen, run);
  // Array.from visits holes, so a hole is refused like `undefined`.
  const parts = Array.from(messages, (message, i) => toBytes(message, `messages[${i}]`));
  let [total, longest] = [0, 0];
  for (const part of parts) [total, longest] = [total + part.length, Math.max(longest, part.length)];
  if (total <= GROUP_BYTES && longest <= LONG_MESSAGE && fitsOneCall(parts.length, outputLen)) return run.group(...packParts(parts, 0, parts.length, total)); // the common case: one call
  return hashGroups(parts.length, (i) => (parts[i] as Uint8Array).length, outputLen, run, (first, end, size) => run.group(...packParts(parts, first, end, size)), (i) => parts[i] as Uint8Array);
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

/** {@link hashBatch} of packed messages: each group is a view of `data`, with its offsets. */
function hashPacked({ data, offsets }: PackedMessages, outputLen: number, run: BatchRunner): Uint8Array {
  const count = offsets.length - 1;
  const at = (i: number) => offsets[i] as number;
  let fits = at(count) - at(0) <= GROUP_BYTES && fitsOneCall(count, outputLen);
  for (let i = 0; fits && i < count; i++) fits = at(i + 1) - at(i) <= LONG_MESSAGE;
  if (fits) return run.group(data, offsets); // the common case: one call, as given
  return hashGroups(count, (i) => at(i + 1) - at(i), outputLen, run, (first, end) => {
    const start = at(first);
    return run.group(data.subarray(start, at(end)), offsets.slice(first, end + 1).map((offset) => offset - start));
  }, (i) => data.subarray(at(i), at(i + 1)));
}

/** Whether the offsets and digests of `count` messages fit one call. */
const fitsOneCall = (count: number, outputLen: number): boolean => (count + 1) * (4 + outputLen) <= GROUP_BYTES;

/**
 * Splits `count` messages into groups and long ones, and puts their digests in place: `group`
 * hashes messages `first..end` (`size` bytes together) in one call, `message(i)` is message `i`.
 */
function hashGroups(
  count: number,
  lengthOf: (i: number) => number,
  outputLen: number,
  run: BatchRunner,
  group: (first: number, end: number, size: number) => Uint8Array,
  message: (i: number) => Uint8Array,
): Uint8Array {
  let out: Uint8Array | undefined;
  for (let first = 0; first < count; ) {
    let [end, size] = [first, 0];
    while (end < count && lengthOf(end) <= LONG_MESSAGE && size + lengthOf(end) <= GROUP_BYTES && fitsOneCall(end + 1 - first, outputLen)) size += lengthOf(end++);
    const digests = end === first ? run.one(message(end++)) : group(first, end, size);
    if (first === 0 && end === count) return digests; // one call did all
    out ??= new Uint8Array(count * outputLen);
    out.set(digests, first * outputLen);
    first = end;
  }
  return out ?? new Uint8Array(0);
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
