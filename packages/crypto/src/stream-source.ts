// The sources hashStream reads, behind one interface: the next chunk, and a way to stop the source.
import { describe } from '@org/wasm-runtime';

/**
 * What {@link hashStream} reads: a Web stream, a `Blob`/`File`, or any async iterable of chunks (Node streams are).
 *
 * @example
 * ```ts
 * import { hashStream, type HashStreamSource } from '@org/wasm-crypto';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const source: HashStreamSource = (await fetch(url)).body!; // or a Blob, a Node stream
 * await hashStream(sha256, source);
 * ```
 */
export type HashStreamSource = ReadableStream<Uint8Array> | Blob | AsyncIterable<Uint8Array | string>;

/** A source opened for reading. */
export interface OpenSource {
  /** The next chunk, read only when asked for (so the source's backpressure holds). */
  next(): Promise<IteratorResult<Uint8Array | string>>;
  /** Ends the read after the last chunk: releases a Web stream's lock. */
  close(): void;
  /**
   * Stops the source after a failure, even while a read is pending, without waiting for it: cancels
   * a Web stream (a `fetch` body closes its connection), destroys a Node stream, and returns an
   * async iterator.
   */
  cancel(reason: unknown): void;
}

const ignore = (): void => {};

/** Opens `source` for reading; throws a TypeError if it is none of the kinds {@link HashStreamSource} names. */
export function openSource(source: HashStreamSource): OpenSource {
  if (typeof Blob !== 'undefined' && source instanceof Blob) return openReader(source.stream());
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) return openReader(source);
  if (source !== null && typeof source === 'object' && Symbol.asyncIterator in source) return openIterable(source);
  throw new TypeError(`source must be a ReadableStream, Blob or async iterable of chunks; got ${describe(source)}`);
}

/** A Web stream, read with a reader (async iteration of streams is missing in Safari). */
function openReader(stream: ReadableStream<Uint8Array>): OpenSource {
  const reader = stream.getReader();
  return {
    next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
    close: () => reader.releaseLock(),
    cancel(reason) {
      // Cancelling settles a pending read at once, so the lock can be released right after.
      reader.cancel(reason).catch(ignore);
      reader.releaseLock();
    },
  };
}

/** An async iterable; a Node `Readable` is also destroyed on cancel, as a pending read would hold up `return()`. */
function openIterable(source: AsyncIterable<Uint8Array | string>): OpenSource {
  const iterator = source[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    close: ignore,
    cancel() {
      Promise.resolve()
        .then(() => iterator.return?.())
        .catch(ignore);
      const destroy = (source as { destroy?: unknown }).destroy;
      if (typeof destroy === 'function') destroy.call(source);
    },
  };
}
