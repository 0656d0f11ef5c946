import { toBytes, type Bytes } from '@org/wasm-runtime';
import type { HashFunction } from './hash.js';
import { openSource, type HashStreamSource, type OpenSource } from './stream-source.js';

export type { HashStreamSource } from './stream-source.js';

/**
 * Options of {@link hashStream}.
 *
 * @example
 * ```ts
 * import { hashStream, type HashStreamOptions } from '@org/wasm-crypto';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const options: HashStreamOptions = { onProgress: (bytes) => console.log(bytes), signal: AbortSignal.timeout(30_000) };
 * await hashStream(sha256, file, options);
 * ```
 */
export interface HashStreamOptions {
  /** Called after each chunk with the number of bytes hashed so far. */
  readonly onProgress?: (bytesHashed: number) => void;
  /**
   * Stops the read: an aborted signal rejects with its reason at once, even while the source is
   * slow to deliver the next chunk, and the source is cancelled.
   */
  readonly signal?: AbortSignal;
}

/**
 * Hashes a stream without holding it in memory: a Web `ReadableStream`, a `Blob` or `File`, or a
 * Node `Readable` (any async iterable of byte or string chunks). It reads one chunk at a time, so
 * the source's backpressure is respected, and frees the hasher whatever happens. When hashing fails
 * or is aborted, the source is cancelled (a Node stream destroyed), as a `fetch` body must be to
 * close its connection. String chunks are UTF-8 encoded as one text, even when a chunk ends inside a
 * surrogate pair.
 *
 * @example
 * ```ts
 * import { hashStream, sha256 } from '@org/wasm-crypto';
 * const digest = await hashStream(sha256, file, { onProgress: (n) => console.log(n, 'bytes') });
 * // Node: await hashStream(sha256, fs.createReadStream('big.iso'), { signal: AbortSignal.timeout(60_000) })
 * ```
 */
export async function hashStream(hash: HashFunction, source: HashStreamSource, options: HashStreamOptions = {}): Promise<Bytes> {
  if (typeof (hash as Partial<HashFunction> | undefined)?.create !== 'function') throw new TypeError('hash must be a hash function, such as sha256');
  const { onProgress, signal } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError('options.onProgress must be a function');
  if (signal !== undefined && !isAbortSignal(signal)) throw new TypeError('options.signal must be an AbortSignal');
  throwIfAborted(signal); // before the source is touched: it stays the caller's
  const hasher = hash.create(); // before the source is opened too: it may throw (KMAC needs a key)
  let chunks: OpenSource;
  try {
    chunks = openSource(source);
  } catch (error) {
    hasher.dispose();
    throw error;
  }
  const aborted = abortion(signal);
  const text = new TextChunks();
  let hashed = 0;
  try {
    for (;;) {
      throwIfAborted(signal);
      const step = await nextOrAbort(chunks, aborted);
      const pieces = step.done ? text.end() : typeof step.value === 'string' ? text.encode(step.value) : [...text.end(), toBytes(step.value, 'chunk')];
      for (const piece of pieces) {
        hasher.update(piece);
        hashed += piece.byteLength;
      }
      if (pieces.length > 0) onProgress?.(hashed);
      if (step.done) break;
    }
    throwIfAborted(signal);
    chunks.close();
    return hasher.digest();
  } catch (error) {
    chunks.cancel(error);
    throw error;
  } finally {
    aborted?.dispose();
    hasher.dispose();
  }
}

/** An `AbortSignal`, or one of a polyfill (checked by shape, as `instanceof` fails across realms). */
function isAbortSignal(signal: unknown): signal is AbortSignal {
  const s = signal as Partial<AbortSignal> | null;
  return typeof s === 'object' && s !== null && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function' && typeof s.removeEventListener === 'function';
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw reasonOf(signal);
}

/** Why `signal` aborted (polyfills may give no reason). */
function reasonOf(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('the operation was aborted');
}

/** A promise that rejects with the signal's reason once it aborts (marked handled), and a way to stop listening. */
function abortion(signal: AbortSignal | undefined): { promise: Promise<never>; dispose(): void } | undefined {
  if (signal === undefined) return undefined;
  let onAbort = (): void => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(reasonOf(signal));
  });
  promise.catch(() => {}); // a race consumes it; unobserved, it must not count as unhandled
  signal.addEventListener('abort', onAbort, { once: true });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/** The source's next chunk, or the abort, whichever comes first. */
function nextOrAbort(chunks: OpenSource, aborted: { promise: Promise<never> } | undefined): Promise<IteratorResult<Uint8Array | string>> {
  const next = chunks.next();
  if (aborted === undefined) return next;
  next.catch(() => {}); // after an abort the pending read may fail; that is expected
  return Promise.race([next, aborted.promise]);
}

/**
 * UTF-8 encodes string chunks as one text: a chunk ending in the first half of a surrogate pair
 * keeps it for the next chunk, so a pair split between chunks still encodes as its character.
 */
class TextChunks {
  private pending = '';
  private readonly encoder = new TextEncoder();

  /** The bytes of a string chunk, with what was held back before it, holding back a final half pair. */
  encode(chunk: string): Uint8Array[] {
    const text = this.pending + chunk;
    const lastUnit = text.charCodeAt(text.length - 1);
    this.pending = lastUnit >= 0xd800 && lastUnit <= 0xdbff ? text.slice(-1) : '';
    const complete = text.slice(0, text.length - this.pending.length);
    return complete === '' ? [] : [this.encoder.encode(complete)];
  }

  /** The bytes of a held-back half pair, once bytes or the end follow it (it then stands alone, as U+FFFD). */
  end(): Uint8Array[] {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? [] : [this.encoder.encode(rest)];
  }
}
