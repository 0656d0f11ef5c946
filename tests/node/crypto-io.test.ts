// Streams and byte helpers of @org/wasm-crypto, against node:crypto and Buffer.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, pseudoRandomBytes } from './entries.js';

const nodeDigest = (name: string, data: Uint8Array) => createHash(name).update(data).digest('hex');

/** Splits `data` at pseudo-random points, as a network or file stream would deliver it. */
function chunked(data: Uint8Array, seed: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const sizes = pseudoRandomBytes(data.length, seed);
  for (let at = 0, i = 0; at < data.length; i++) {
    const size = 1 + (sizes[i] ?? 0) * 97;
    chunks.push(data.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe.each(cryptoEntries)('@org/wasm-crypto streams and helpers ($kind)', ({ lib }) => {
  const data = pseudoRandomBytes(300_000, 5);
  const want = nodeDigest('sha256', data);

  it('hashes a Web ReadableStream, with progress up to the total', async () => {
    const chunks = chunked(data, 1);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const progress: number[] = [];
    expect(hex(await lib.hashStream(lib.sha256, stream, { onProgress: (n) => progress.push(n) }))).toBe(want);
    expect(progress.at(-1)).toBe(data.length);
    expect(progress.every((n, i) => i === 0 || n > progress[i - 1]!)).toBe(true);
  });

  it('hashes a Node Readable and a Blob', async () => {
    expect(hex(await lib.hashStream(lib.sha512, Readable.from(chunked(data, 2))))).toBe(nodeDigest('sha512', data));
    expect(hex(await lib.hashStream(lib.sha256, new Blob([data.slice(0, 1000), data.slice(1000)])))).toBe(want);
    expect(hex(await lib.hashStream(lib.sha256, Readable.from(['ab', 'c'])))).toBe(hex(lib.sha256('abc')));
  });

  it('stops on abort, frees the hasher on errors, and rejects bad sources', async () => {
    const controller = new AbortController();
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1024)) });
    const hashing = lib.hashStream(lib.sha256, endless, { signal: controller.signal, onProgress: (n) => n > 10_000 && controller.abort(new Error('enough')) });
    await expect(hashing).rejects.toThrow('enough');
    const heap = lib.wasmInfo().heapBytes;
    await expect(lib.hashStream(lib.sha256, Readable.from([new Uint8Array(3), 42 as never]))).rejects.toThrow(TypeError);
    expect(lib.wasmInfo().heapBytes).toBe(heap);
    await expect(lib.hashStream(lib.sha256, 'not a stream' as never)).rejects.toThrow(TypeError);
  });

  it('cancels a Web stream when hashing fails or is aborted, and unlocks it', async () => {
    const failures: [string, (stream: ReadableStream<Uint8Array>) => Promise<Uint8Array>, RegExp | typeof TypeError][] = [
      ['a throwing onProgress', (s) => lib.hashStream(lib.sha256, s, { onProgress: () => { throw new Error('progress failed'); } }), /progress failed/],
      ['an abort', (s) => { const c = new AbortController(); return lib.hashStream(lib.sha256, s, { signal: c.signal, onProgress: (n) => n > 4096 && c.abort(new Error('stop')) }); }, /stop/],
      ['a chunk of the wrong type', (s) => lib.hashStream(lib.sha256, s.pipeThrough(new TransformStream({ transform: (_, c) => c.enqueue(42 as never) }))), TypeError],
    ];
    for (const [what, hashing, error] of failures) {
      let cancelled: unknown = 'not cancelled';
      const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1024)), cancel: (reason) => void (cancelled = reason) });
      await expect(hashing(endless), what).rejects.toThrow(error);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(cancelled, what).toBeInstanceOf(Error);
      expect(endless.locked, what).toBe(false);
    }
  });

  it('rejects at once on an abort while the source stalls, and leaves the source alone if aborted before', async () => {
    let pulls = 0;
    const untouched = new ReadableStream<Uint8Array>({ pull: () => void pulls++ });
    await expect(lib.hashStream(lib.sha256, untouched, { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow('early');
    expect([untouched.locked, pulls]).toEqual([false, 1]); // 1: the stream's own start-up pull, not a read
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}), cancel: () => void (cancelled = true) });
    const controller = new AbortController();
    const hashing = lib.hashStream(lib.sha256, stalled, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('timed out')), 20);
    await expect(hashing).rejects.toThrow('timed out');
    expect([cancelled, stalled.locked]).toEqual([true, false]);
    const node = new Readable({ read() {} }); // never delivers
    const nodeHashing = lib.hashStream(lib.sha256, node, { signal: AbortSignal.timeout(20) });
    await expect(nodeHashing).rejects.toThrow(/timeout|aborted/i);
    expect(node.destroyed).toBe(true);
  });

  it('encodes string chunks as one text, even when a surrogate pair is split between chunks', async () => {
    const digest = async (chunks: (string | Uint8Array)[]) => hex(await lib.hashStream(lib.sha256, Readable.from(chunks, { objectMode: true })));
    expect(await digest(['a\uD83D', '\uDE00b'])).toBe(hex(lib.sha256('a😀b')));
    expect(await digest(['a\uD83D', '', '\uDE00', 'b'])).toBe(hex(lib.sha256('a😀b')));
    expect(await digest(['a\uD83D'])).toBe(hex(lib.sha256('a\uFFFD'))); // a lone half at the end
    expect(await digest(['a\uD83D', new Uint8Array([0x62])])).toBe(hex(lib.sha256('a\uFFFDb'))); // bytes follow it
    const progress: number[] = [];
    await lib.hashStream(lib.sha256, Readable.from(['a\uD83D', '\uDE00']), { onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([1, 5]);
  });

  it('refuses a missing hash or a signal that is not an AbortSignal, and a hash that cannot start leaves the source alone', async () => {
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(8)) });
    await expect(lib.hashStream(lib.kmac128 as never, stream)).rejects.toThrow(); // KMAC needs a key to start
    expect(stream.locked).toBe(false);
    const source = () => new Blob(['abc']);
    await expect(lib.hashStream(undefined as never, source())).rejects.toThrow(/hash must be a hash function/);
    await expect(lib.hashStream(lib.sha256, source(), { signal: {} as never })).rejects.toThrow(/signal must be an AbortSignal/);
  });

  it('hex, base64 and UTF-8 helpers match Buffer (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300, size: 'max' }), fc.string({ unit: 'grapheme', maxLength: 40 }), (bytes, text) => {
        const buffer = Buffer.from(bytes);
        return (
          lib.bytesToHex(bytes) === buffer.toString('hex') &&
          Buffer.compare(lib.hexToBytes(buffer.toString('hex').toUpperCase()), buffer) === 0 &&
          lib.bytesToBase64(bytes) === buffer.toString('base64') &&
          Buffer.compare(lib.base64ToBytes(buffer.toString('base64')), buffer) === 0 &&
          Buffer.compare(lib.utf8ToBytes(text), Buffer.from(text, 'utf8')) === 0 &&
          lib.bytesToUtf8(lib.utf8ToBytes(text)) === text
        );
      }),
    );
    expect(() => lib.hexToBytes('abc')).toThrow(RangeError);
    expect(() => lib.hexToBytes('zz')).toThrow(RangeError);
    expect(() => lib.base64ToBytes('A')).toThrow(RangeError);
    expect(() => lib.bytesToUtf8(new Uint8Array([0xff]))).toThrow(TypeError);
    expect(lib.base64ToBytes('AQI')).toEqual(new Uint8Array([1, 2]));
    expect(lib.base64ToBytes('AQI=')).toEqual(new Uint8Array([1, 2]));
    for (const bad of ['AQID=', 'AQI==', 'AQ=', 'A===', 'AQ ID']) expect(() => lib.base64ToBytes(bad)).toThrow(RangeError);
    expect(() => lib.bytesToHex('ab' as never)).toThrow(TypeError);
    expect(lib.bytesToUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa'); // a BOM is kept
  });

  it('equalBytes compares contents and lengths (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64, size: 'max' }), fc.uint8Array({ maxLength: 64, size: 'max' }), (a, b) => lib.equalBytes(a, b) === (Buffer.compare(a, b) === 0)),
    );
    const a = pseudoRandomBytes(32);
    expect(lib.equalBytes(a, a.slice())).toBe(true);
    expect(() => lib.equalBytes(a, [1] as never)).toThrow(TypeError);
  });
});
