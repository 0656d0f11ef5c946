// HMAC against RFC 4231 and node:crypto, through both Node entries.
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, pseudoRandomBytes } from './entries.js';

const NODE_NAMES = { sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', sha512_224: 'sha512-224', sha512_256: 'sha512-256' } as const;

describe.each(cryptoEntries)('@org/wasm-crypto hmac ($kind)', ({ lib }) => {
  const { hmac, sha256 } = lib;

  it('matches RFC 4231 test cases 1, 2 and 6', () => {
    const key = new Uint8Array(20).fill(0x0b);
    expect(hex(hmac(lib.sha224, key, 'Hi There'))).toBe('896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22');
    expect(hex(hmac(sha256, key, 'Hi There'))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(hex(hmac(lib.sha384, key, 'Hi There'))).toBe('afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6');
    expect(hex(hmac(lib.sha512, key, 'Hi There'))).toBe(
      '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    );
    expect(hex(hmac(sha256, 'Jefe', 'what do ya want for nothing?'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(hex(hmac(sha256, new Uint8Array(131).fill(0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it.each(Object.entries(NODE_NAMES))('%s equals node:crypto for random keys and messages, one-shot and streamed (property)', (name, nodeName) => {
    const hash = lib[name as keyof typeof NODE_NAMES];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300, size: 'max' }), fc.uint8Array({ maxLength: 500, size: 'max' }), fc.nat(500), (key, message, cut) => {
        const want = createHmac(nodeName, key).update(message).digest('hex');
        const at = cut % (message.length + 1);
        const streamed = hmac.create(hash, key).update(message.subarray(0, at)).update(message.subarray(at)).digest();
        return hex(hmac(hash, key, message)) === want && hex(streamed) === want;
      }),
      { numRuns: 40 },
    );
  });

  it.each(Object.entries(NODE_NAMES))('%s batch equals node:crypto per message, listed and packed (property)', (name, nodeName) => {
    const hash = lib[name as keyof typeof NODE_NAMES];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200, size: 'max' }), fc.array(fc.uint8Array({ maxLength: 300, size: 'max' }), { maxLength: 20 }), (key, messages) => {
        const want = messages.map((m) => createHmac(nodeName, key).update(m).digest('hex')).join('');
        const offsets = Uint32Array.from(messages.reduce((acc, m) => [...acc, (acc.at(-1) as number) + m.length], [0]));
        const data = new Uint8Array(offsets.at(-1) as number);
        messages.forEach((m, i) => data.set(m, offsets[i]));
        return hex(hmac.batch(hash, key, messages)) === want && hex(hmac.batch(hash, key, { data, offsets })) === want;
      }),
      { numRuns: 30 },
    );
  });

  it('streams: clone keeps the key, reset() before digest keeps it, reset() after digest is refused', () => {
    const mac = hmac.create(sha256, 'key').update('shared ');
    const fork = mac.clone();
    expect(hex(mac.update('a').digest())).toBe(createHmac('sha256', 'key').update('shared a').digest('hex'));
    expect(hex(fork.update('b').digest())).toBe(createHmac('sha256', 'key').update('shared b').digest('hex'));
    expect(() => mac.reset()).toThrow(/cannot be reset after digest/);
    const again = hmac.create(sha256, 'key').update('junk').reset().update('x');
    expect(hex(again.digest())).toBe(createHmac('sha256', 'key').update('x').digest('hex'));
    const big = new Uint8Array(3 << 20).fill(7);
    expect(hex(hmac(sha256, 'k', big))).toBe(createHmac('sha256', 'k').update(big).digest('hex'));
  });

  it('rejects bad arguments with TypeError naming them', () => {
    expect(() => hmac(((m: Uint8Array) => m) as never, 'k', 'm')).toThrow(/hash must be/);
    expect(() => hmac(sha256, 5 as never, 'm')).toThrow(/key/);
    expect(() => hmac(sha256, 'k', null as never)).toThrow(/message/);
    expect(() => hmac.create(sha256, {} as never)).toThrow(TypeError);
  });
});

describe('secrets', () => {
  // The Node entry's glue, loaded by path: require's cache gives the very instance the package uses.
  const glue = createRequire(import.meta.url)(fileURLToPath(new URL('../../packages/crypto/wasm/wasm_crypto_sha2.node.cjs', import.meta.url))) as {
    wasmMemory(): WebAssembly.Memory;
    heapLiveBytes(): number;
  };
  const lib = cryptoEntries.find((entry) => entry.kind === 'cjs')!.lib; // loaded by require, like `glue`

  it('scans the memory of the instance the package uses', () => {
    const before = glue.heapLiveBytes();
    const hasher = lib.sha256.create();
    expect(glue.heapLiveBytes()).toBeGreaterThan(before);
    hasher.dispose();
  });

  /**
   * Whether any 32-byte window of `secret` occurs in the module's linear memory. Windows, because
   * the allocator reuses parts of a freed block (its headers, a later small allocation).
   */
  function inWasmMemory(secret: Uint8Array): boolean {
    const memory = Buffer.from(glue.wasmMemory().buffer);
    for (let at = 0; at + 32 <= secret.length; at += 8) if (memory.indexOf(secret.subarray(at, at + 32)) !== -1) return true;
    return false;
  }

  it('HMAC keys are wiped from wasm memory after use', () => {
    // Control: the scan finds bytes that are in memory (a live batch keeps its packed input only
    // during the call, so write them where wasm-bindgen's own scratch would: a copy we then clear).
    const message = pseudoRandomBytes(200, 777);
    const scratch = new Uint8Array(glue.wasmMemory().buffer, glue.wasmMemory().buffer.byteLength - 256, 200);
    const saved = scratch.slice();
    scratch.set(message);
    expect(inWasmMemory(message)).toBe(true);
    scratch.set(saved);
    // With the allocator wiping what it frees, even a hashed (not secret) message is gone.
    lib.sha256(message);
    expect(inWasmMemory(message)).toBe(false);
    // Keys of the same size, one per path that takes a key, each checked right after its call
    // (later allocations may happen to overwrite a freed block, which would prove nothing).
    const oneShot = pseudoRandomBytes(200, 4242);
    lib.hmac(lib.sha256, oneShot, 'm');
    expect(inWasmMemory(oneShot)).toBe(false);
    const streamed = pseudoRandomBytes(200, 4343);
    const mac = lib.hmac.create(lib.sha384, streamed);
    expect(inWasmMemory(streamed)).toBe(false); // absorbed and wiped while the MAC lives on
    mac.update('x').digest();
    const batched = pseudoRandomBytes(200, 4444);
    lib.hmac.batch(lib.sha256, batched, ['a', 'b']);
    expect(inWasmMemory(batched)).toBe(false);
  });
});
