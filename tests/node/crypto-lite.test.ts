// The size-first `/lite/*` entries, loaded as Node users load them (ESM and CommonJS, the Node
// and the inline entries), checked against independent references: node:crypto, @noble/hashes
// (Keccak, BLAKE3) and hash-wasm (CRC-32/32C, xxHash). Random messages, random chunkings and
// random interleavings of hashers, one-shot calls and clones, since the module keeps one live
// state and parks the others in JS.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hmac } from '@noble/hashes/hmac.js';
import { blake3 as nobleBlake3 } from '@noble/hashes/blake3.js';
import { keccak_224, keccak_256, keccak_384, keccak_512 } from '@noble/hashes/sha3.js';
import fc from 'fast-check';
import * as hashWasm from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { hex, liteEntries } from './entries.js';

type Lite = typeof import('@org/wasm-crypto/lite/sha256') &
  typeof import('@org/wasm-crypto/lite/sha512') &
  typeof import('@org/wasm-crypto/lite/sha3') &
  typeof import('@org/wasm-crypto/lite/blake3') &
  typeof import('@org/wasm-crypto/lite/md5') &
  typeof import('@org/wasm-crypto/lite/sha1') &
  typeof import('@org/wasm-crypto/lite/crc32') &
  typeof import('@org/wasm-crypto/lite/xxhash32') &
  typeof import('@org/wasm-crypto/lite/xxhash64') &
  typeof import('@org/wasm-crypto/lite/xxhash3') &
  typeof import('@org/wasm-crypto/lite/xxhash128');
type Fn = Lite['sha256'];

const MODULES = ['sha256', 'sha512', 'sha3', 'blake3', 'md5', 'sha1', 'crc32', 'xxhash32', 'xxhash64', 'xxhash3', 'xxhash128'];

const entries = await liteEntries<Lite>(MODULES);

const node = (name: string, outputLength?: number) => (data: Uint8Array) =>
  createHash(name, outputLength === undefined ? {} : { outputLength }).update(data).digest('hex');
const noble = (fn: (data: Uint8Array) => Uint8Array) => (data: Uint8Array) => hex(fn(data));

/** Each fixed-output function with its reference, by export name. */
const FIXED: [keyof Lite, (data: Uint8Array) => string][] = [
  ['sha256', node('sha256')],
  ['sha224', node('sha224')],
  ['sha512', node('sha512')],
  ['sha384', node('sha384')],
  ['sha512_224', node('sha512-224')],
  ['sha512_256', node('sha512-256')],
  ['sha3_224', node('sha3-224')],
  ['sha3_256', node('sha3-256')],
  ['sha3_384', node('sha3-384')],
  ['sha3_512', node('sha3-512')],
  ['keccak_224', noble(keccak_224)],
  ['keccak_256', noble(keccak_256)],
  ['keccak_384', noble(keccak_384)],
  ['keccak_512', noble(keccak_512)],
  ['shake128', node('shake128', 16)],
  ['shake256', node('shake256', 32)],
  ['blake3', noble((data) => nobleBlake3(data))],
  ['md5', node('md5')],
  ['sha1', node('sha1')],
];

/** hash-wasm's checksums are async; the property tests compare them one case at a time. */
const CHECKSUMS: [keyof Lite, (data: Uint8Array, seed: number) => Promise<string>, 32 | 64][] = [
  ['crc32', (data) => hashWasm.crc32(data), 32],
  ['crc32c', (data) => hashWasm.crc32(data, 0x82f63b78), 32],
  ['xxhash32', (data, seed) => hashWasm.xxhash32(data, seed), 32],
  ['xxhash64', (data, seed) => hashWasm.xxhash64(data, seed, 7), 64],
  ['xxhash3', (data, seed) => hashWasm.xxhash3(data, seed, 7), 64],
  ['xxhash128', (data, seed) => hashWasm.xxhash128(data, seed, 7), 64],
];
/** The seed hash-wasm's (low, high = 7) pair stands for, as our option takes it. */
const seedOf = (low: number, bits: 32 | 64): number | bigint => (bits === 32 ? low : (7n << 32n) | BigInt(low));

const message = fc.uint8Array({ maxLength: 3000, size: 'max' });
/** A message of up to 300 kB (several of the module's 64 KiB buffers) and where a caller splits it. */
const chunked = fc.tuple(fc.uint8Array({ maxLength: 300_000, size: 'max' }), fc.array(fc.nat(), { maxLength: 6 }));
const chunks = (data: Uint8Array, cuts: number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, i) => data.subarray(start, [...points, data.length][i]));
};

describe.each(entries)('lite entries ($kind)', ({ lib }) => {
  it.each(FIXED)('%s matches its reference in one call and streamed', (name, reference) => {
    const fn = lib[name] as Fn;
    fc.assert(
      fc.property(message, (data) => {
        expect(hex(fn(data))).toBe(reference(data));
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(chunked, ([data, cuts]) => {
        const hasher = fn.create();
        for (const chunk of chunks(data, cuts)) hasher.update(chunk);
        expect(hex(hasher.digest())).toBe(reference(data));
      }),
      { numRuns: 8 },
    );
  });

  it.each(CHECKSUMS)('%s matches hash-wasm, seeded', async (name, reference, bits) => {
    const fn = lib[name] as (data: Uint8Array, options?: { seed?: number | bigint }) => Uint8Array;
    await fc.assert(
      fc.asyncProperty(message, fc.nat({ max: 2 ** 32 - 1 }), async (data, low) => {
        const seeded = name.startsWith('crc') ? undefined : { seed: seedOf(low, bits) };
        expect(hex(fn(data, seeded))).toBe(await reference(data, low));
      }),
      { numRuns: 60 },
    );
  });

  it('interleaved hashers, one-shot calls and clones of one module keep their own states', () => {
    // Each step: feed a chunk to one of several live hashers, clone one, or hash in one call.
    const step = fc.oneof(
      fc.record({ op: fc.constant('update' as const), which: fc.nat(), data: fc.uint8Array({ maxLength: 200 }) }),
      fc.record({ op: fc.constant('clone' as const), which: fc.nat() }),
      fc.record({ op: fc.constant('oneShot' as const), data: fc.uint8Array({ maxLength: 200 }) }),
    );
    for (const [sha, variant] of [['sha256', 'sha224'], ['sha3_256', 'shake128'], ['blake3', 'blake3'], ['md5', 'md5']] as const) {
      const fns = [lib[sha] as Fn, lib[variant] as Fn];
      const reference = (index: number, data: Uint8Array) => FIXED.find(([name]) => name === [sha, variant][index])![1](data);
      fc.assert(
        fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
          const live = [0, 1, 0].map((index) => ({ index, hasher: fns[index]!.create(), fed: [] as Uint8Array[] }));
          for (const s of steps) {
            if (s.op === 'oneShot') expect(hex(fns[0]!(s.data))).toBe(reference(0, s.data));
            else {
              const target = live[s.which % live.length]!;
              if (s.op === 'update') {
                target.hasher.update(s.data);
                target.fed.push(s.data);
              } else live.push({ index: target.index, hasher: target.hasher.clone(), fed: [...target.fed] });
            }
          }
          for (const { index, hasher, fed } of live) expect(hex(hasher.digest())).toBe(reference(index, Buffer.concat(fed)));
        }),
        { numRuns: 40 },
      );
    }
  });

  it('SHAKE and BLAKE3 give any output length, in one call or read on with xof()', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    fc.assert(
      fc.property(message, fc.integer({ min: 1, max: 150_000 }), fc.array(fc.integer({ min: 0, max: 70_000 }), { maxLength: 4 }), (data, dkLen, reads) => {
        expect(hex(lib.shake256(data, { dkLen }))).toBe(node('shake256', dkLen)(data));
        expect(hex(lib.blake3(data, { dkLen, key }))).toBe(hex(nobleBlake3(data, { dkLen, key })));
        const total = reads.reduce((sum, n) => sum + n, 0);
        const reader = lib.shake128.create().update(data);
        const read = Buffer.concat(reads.map((n) => reader.xof(n)));
        expect(hex(read)).toBe(node('shake128', total)(data));
      }),
      { numRuns: 12 },
    );
  });

  it('keeps noble-shaped hashers: noble hmac over a lite hash, digestInto, blockLen, outputLen', () => {
    const key = Uint8Array.from({ length: 80 }, (_, i) => i);
    for (const [name, node] of [['sha256', 'sha256'], ['sha512', 'sha512'], ['sha3_256', 'sha3-256'], ['sha1', 'sha1']] as const) {
      const fn = lib[name] as Fn;
      const mac = hmac.create(fn, key).update(Buffer.from('message'));
      const copy = mac.clone();
      expect(hex(mac.digest())).toBe(createHmac(node, key).update('message').digest('hex'));
      expect(hex(copy.update(Buffer.from(' more')).digest())).toBe(createHmac(node, key).update('message more').digest('hex'));
    }
    expect([lib.sha256.outputLen, lib.sha256.blockLen, lib.sha3_256.blockLen, lib.sha512.blockLen]).toEqual([32, 64, 136, 128]);
    expect([lib.sha256.canXOF, lib.shake128.canXOF, lib.blake3.canXOF]).toEqual([false, true, true]);
    const out = new Uint8Array(40).fill(0xaa);
    lib.sha256.create().update('abc').digestInto(out);
    expect(hex(out.subarray(0, 32))).toBe(node('sha256')(Buffer.from('abc')));
    expect(out.subarray(32).every((byte) => byte === 0xaa)).toBe(true);
  });

  it('clones: a clone reads on after xof(), and _cloneInto takes only a hasher of the same function and options', () => {
    const reader = lib.shake128.create().update('a');
    const first = reader.xof(16);
    const twin = reader.clone();
    expect(() => twin.update('b')).toThrow('update() after xof()');
    expect(hex(Buffer.concat([first, twin.xof(16)]))).toBe(node('shake128', 32)(Buffer.from('a')));
    expect(hex(reader.xof(16))).toBe(node('shake128', 32)(Buffer.from('a')).slice(32));

    const source = lib.sha256.create().update('abc');
    const into = lib.sha256.create().update('something else');
    expect(source._cloneInto(into)).toBe(into);
    expect(hex(into.digest())).toBe(node('sha256')(Buffer.from('abc')));
    const mismatched: [string, () => unknown][] = [
      ['another variant', () => lib.sha224.create()._cloneInto(lib.sha256.create())],
      ['another length', () => lib.blake3.create({ dkLen: 64 })._cloneInto(lib.blake3.create())],
      ['another module', () => (lib.sha3_256.create() as unknown as typeof source)._cloneInto(lib.crc32.create() as unknown as typeof source)],
    ];
    for (const [, clone] of mismatched) expect(clone).toThrow(/^_cloneInto: not a hasher of the same hash and options$/);
    // The refused targets still work.
    expect(hex(lib.crc32('123456789'))).toBe('cbf43926');
  });

  it('takes strings as UTF-8, ArrayBuffers and any typed-array view, and returns copies', () => {
    const bytes = Uint8Array.from([0xe2, 0x82, 0xac, 1, 2, 3, 4, 5]);
    const expected = node('sha256')(bytes);
    expect(hex(lib.sha256('€\x01\x02\x03\x04\x05'))).toBe(expected);
    expect(hex(lib.sha256(bytes.buffer))).toBe(expected);
    expect(hex(lib.sha256(new DataView(bytes.buffer)))).toBe(expected);
    expect(hex(lib.sha256(new Uint16Array(bytes.buffer)))).toBe(expected);
    expect(hex(lib.sha256(new Uint8Array(new SharedArrayBuffer(8)).fill(7)))).toBe(node('sha256')(new Uint8Array(8).fill(7)));
    const digest = lib.sha256(bytes);
    expect(digest.buffer.byteLength).toBe(32);
    expect(hex(lib.sha256(new Uint8Array(0)))).toBe(node('sha256')(new Uint8Array(0)));
  });

  it('rejects bad input and misuse with clear errors', () => {
    const message = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return `${(error as Error).constructor.name}: ${(error as Error).message}`;
      }
      return 'no error';
    };
    const untyped = lib as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const bad of [123, null, undefined, {}, [1, 2], 1n]) expect(message(() => untyped.sha256!(bad))).toMatch(/^TypeError: message must be a string/);
    expect(message(() => lib.sha256.create().update(5 as unknown as string))).toMatch(/^TypeError: data must be/);
    expect(message(() => lib.blake3('a', { key: new Uint8Array(31) }))).toBe('RangeError: blake3: key must be 32 bytes; got 31');
    const withContext = { context: 'app v1' } as unknown as { key: Uint8Array };
    expect(message(() => lib.blake3('a', withContext))).toMatch(/^TypeError: lite\/blake3 has no derive-key mode \(context\): use @org\/wasm-crypto\/blake3/);
    expect(lib.shake128('a', { dkLen: 0 })).toEqual(new Uint8Array(0)); // as noble and the full entries
    for (const dkLen of [-1, 1.5, 2 ** 24 + 1, '8', Number.NaN]) {
      expect(message(() => lib.shake128('a', { dkLen: dkLen as number }))).toMatch(/^RangeError: dkLen must be an integer/);
    }
    expect(message(() => lib.xxhash32('a', { seed: 2 ** 32 }))).toMatch(/^RangeError: seed must be an integer from 0 to 2\^32 - 1/);
    expect(message(() => lib.xxhash64('a', { seed: -1n }))).toMatch(/^RangeError: seed must be/);
    expect(message(() => lib.xxhash64('a', { seed: 1n << 64n }))).toMatch(/^RangeError: seed must be/);
    expect(message(() => lib.xxhash64('a', { seed: 0.5 }))).toMatch(/^RangeError: seed must be/);
    expect(message(() => lib.shake128('a', 'options' as unknown as { dkLen: number }))).toMatch(/^TypeError: options must be an object/);

    const done = lib.sha256.create();
    done.digest();
    for (const use of [() => done.update('a'), () => done.digest(), () => done.clone()]) expect(message(use)).toMatch(/^Error: hasher is done/);
    const destroyed = lib.md5.create();
    destroyed.destroy();
    expect(message(() => destroyed.update('a'))).toMatch(/^Error: hasher is done/);
    expect('xof' in lib.sha256.create()).toBe(false);
    // (`lib` merges the entries, and each Node entry bundles its own classes: compare by name.)
    expect(lib.shake128.create().constructor.name).toBe('LiteXofHasher');
    expect(lib.blake3.create().update('a').clone().constructor.name).toBe('LiteXofHasher');
    const reader = lib.shake256.create();
    reader.xof(4);
    expect(message(() => reader.update('a'))).toMatch(/^Error: update\(\) after xof\(\)/);
    expect(message(() => reader.digest())).toMatch(/^Error: digest\(\) after xof\(\)/);
    // A refused length does not begin the output.
    const unread = lib.shake128.create().update('a');
    expect(message(() => unread.xof(-1))).toMatch(/^RangeError: bytes must be an integer/);
    expect(hex(unread.update('b').digest())).toBe(node('shake128', 16)(Buffer.from('ab')));
    expect(message(() => lib.sha256.create().digestInto(new Uint8Array(31)))).toMatch(/^RangeError: out must be a Uint8Array of 32\+ bytes/);
    // A failed call leaves the module usable.
    expect(hex(lib.sha256('abc'))).toBe(node('sha256')(Buffer.from('abc')));
  });
});

describe('lite web entries (as bundlers load them)', () => {
  const dist = new URL('../../packages/crypto/dist/lite/', import.meta.url);
  const wasm = (name: string) => readFileSync(new URL(`../../packages/crypto/wasm/lite_${name}.wasm`, import.meta.url));
  type Web = typeof import('@org/wasm-crypto/lite/sha256');

  it('needs init() first, then takes bytes, a Response or a compiled module', async () => {
    const fresh = async (name: string) => (await import(/* @vite-ignore */ new URL(`${name}.web.js?${Math.random()}`, dist).href)) as Web;
    const first = await fresh('sha256');
    expect(() => first.sha256('abc')).toThrow('lite/sha256: call `await init()` first');
    await Promise.all([first.init(wasm('sha256')), first.init(wasm('sha256'))]);
    expect(hex(first.sha256('abc'))).toBe(node('sha256')(Buffer.from('abc')));

    const second = await fresh('sha256');
    await second.init(new Response(wasm('sha256')));
    expect(hex(second.sha224('abc'))).toBe(node('sha224')(Buffer.from('abc')));

    const third = await fresh('sha256');
    third.initSync(new WebAssembly.Module(wasm('sha256')));
    expect(hex(third.sha256('abc'))).toBe(node('sha256')(Buffer.from('abc')));
  });

  it('keeps the first instance when init() finishes after the module was loaded another way', async () => {
    const fresh = async () => (await import(/* @vite-ignore */ new URL(`crc32.node.js?${Math.random()}`, dist).href)) as typeof import('@org/wasm-crypto/lite/crc32');
    const lite = await fresh();
    const pending = lite.init(wasm('crc32'));
    const first = lite.crc32.create().update('1234'); // compiles the shipped module now
    lite.crc32.create(); // parks the first hasher's state
    await pending;
    expect(hex(first.update('56789').digest())).toBe('cbf43926');
  });

  it('wipes a keyed BLAKE3 state and the stack from wasm memory when its hash is done', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => 0xa0 ^ i);
    let exports: WebAssembly.Exports | undefined;
    const Instance = WebAssembly.Instance;
    // Catch the instance the entry makes, to read its memory.
    WebAssembly.Instance = function (module: WebAssembly.Module, imports?: WebAssembly.Imports) {
      const instance = new Instance(module, imports);
      exports = instance.exports;
      return instance;
    } as unknown as typeof WebAssembly.Instance;
    let lite: typeof import('@org/wasm-crypto/lite/blake3');
    try {
      lite = (await import(/* @vite-ignore */ new URL(`blake3.web.js?${Math.random()}`, dist).href)) as typeof lite;
      lite.initSync(wasm('blake3'));
    } finally {
      WebAssembly.Instance = Instance;
    }
    const { memory, blake3_state, blake3_state_len, lite_buffer } = exports as { memory: WebAssembly.Memory; blake3_state(): number; blake3_state_len(): number; lite_buffer(): number };
    const region = (at: number, length: number) => new Uint8Array(memory.buffer, at, length);
    const holdsKey = (bytes: Uint8Array) => bytes.some((_, at) => key.every((byte, i) => bytes[at + i] === byte));
    const state = () => region(blake3_state(), blake3_state_len());

    const everywhere = () => new Uint8Array(memory.buffer);

    const hasher = lite.blake3.create({ key }).update('message');
    expect(holdsKey(state())).toBe(true); // the live keyed state holds the key…
    expect(holdsKey(region(lite_buffer(), 64 * 1024))).toBe(false); // …not the buffer it came in
    hasher.digest();
    // Nowhere in the module's memory: state, buffer and stack.
    expect(holdsKey(everywhere())).toBe(false);
    lite.blake3('message', { key, dkLen: 100 });
    expect(holdsKey(everywhere())).toBe(false);
    const dropped = lite.blake3.create({ key }).update('message');
    dropped.destroy();
    expect(holdsKey(everywhere())).toBe(false);
    // Destroyed while parked (another hasher live): its stack copies go too.
    const plain = lite.blake3.create();
    const parked = lite.blake3.create({ key }).update('secret');
    plain.update('x');
    parked.destroy();
    expect(hex(plain.digest())).toBe(hex(nobleBlake3(Buffer.from('x'))));
    expect(holdsKey(everywhere())).toBe(false);

    // Parked copies in JS are zeroed when taken back and when the hasher is done.
    const copies: Uint8Array[] = [];
    const slice = Uint8Array.prototype.slice;
    Uint8Array.prototype.slice = function (this: Uint8Array, ...args: [number?, number?]) {
      const copy = slice.apply(this, args);
      if (copy.length === blake3_state_len()) copies.push(copy);
      return copy;
    } as typeof slice;
    try {
      const keyed = lite.blake3.create({ key }).update('secret');
      lite.blake3('other'); // parks the keyed state
      keyed.update(' more'); // takes it back
      lite.blake3('other');
      keyed.digest();
    } finally {
      Uint8Array.prototype.slice = slice;
    }
    expect(copies.length).toBeGreaterThanOrEqual(2);
    expect(copies.some(holdsKey)).toBe(false);
    expect(holdsKey(everywhere())).toBe(false);
  });

  it('reports a failed fetch and can be retried', async () => {
    const web = (await import(/* @vite-ignore */ new URL(`md5.web.js?${Math.random()}`, dist).href)) as typeof import('@org/wasm-crypto/lite/md5');
    await expect(web.init(new Response('missing', { status: 404 }))).rejects.toThrow('lite/md5: fetching the module gave HTTP 404');
    await expect(web.init(new Uint8Array([0, 1, 2]))).rejects.toThrow(WebAssembly.CompileError);
    await web.init(wasm('md5'));
    expect(hex(web.md5('abc'))).toBe(node('md5')(Buffer.from('abc')));
  });
});
