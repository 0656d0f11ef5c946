import { describe, toBytes } from '@org/wasm-runtime';
import type { HashFunction } from './hash.js';

/** Options of {@link hashStream}. */
export interface HashStreamOptions {
  /** Called after each chunk with the number of bytes hashed so far. */
  readonly onProgress?: (bytesHashed: number) => void;
  /** Checked after each chunk: once aborted, the next chunk ends the read and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** What {@link hashStream} reads: a Web stream, a `Blob`/`File`, or any async iterable of chunks (Node streams are). */
export type HashStreamSource = ReadableStream<Uint8Array> | Blob | AsyncIterable<Uint8Array | string>;

/**
 * Hashes a stream without holding it in memory: a Web `ReadableStream`, a `Blob` or `File`, or a
 * Node `Readable` (any async iterable of byte or string chunks). It reads one chunk at a time, so
 * the source's backpressure is respected, and frees the hasher whatever happens.
 *
 * @example
 * ```ts
 * import { hashStream, sha256 } from '@org/wasm-crypto';
 * const digest = await hashStream(sha256, file, { onProgress: (n) => console.log(n, 'bytes') });
 * // Node: await hashStream(sha256, fs.createReadStream('big.iso'))
 * ```
 */
export async function hashStream(hash: HashFunction, source: HashStreamSource, options: HashStreamOptions = {}): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError('options.onProgress must be a function');
  const chunks = chunksOf(source);
  const hasher = hash.create();
  let hashed = 0;
  try {
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      const bytes = toBytes(chunk, 'chunk');
      hasher.update(bytes);
      hashed += bytes.byteLength;
      onProgress?.(hashed);
    }
    signal?.throwIfAborted();
    return hasher.digest();
  } finally {
    hasher.dispose();
  }
}

function chunksOf(source: HashStreamSource): AsyncIterable<Uint8Array | string> {
  if (typeof Blob !== 'undefined' && source instanceof Blob) return readerChunks(source.stream());
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) return readerChunks(source);
  if (source !== null && typeof source === 'object' && Symbol.asyncIterator in source) return source;
  throw new TypeError(`source must be a ReadableStream, Blob or async iterable of chunks; got ${describe(source)}`);
}

/** A Web stream's chunks, read one at a time (async iteration of streams is missing in Safari). */
async function* readerChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
