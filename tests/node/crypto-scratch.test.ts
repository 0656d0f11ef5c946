// Small one-shot hashes go through a fixed scratch buffer in wasm memory (no allocation per
// call). It must give the same digests as the streaming path, survive memory growth and panics,
// and not keep the message in memory.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, pseudoRandomBytes } from './entries.js';

const glue = createRequire(import.meta.url)(fileURLToPath(new URL('../../packages/crypto/wasm/wasm_crypto_sha2.node.cjs', import.meta.url))) as {
  wasmMemory(): WebAssembly.Memory;
  scratchCapacity(): number;
};
const lib = cryptoEntries.find((entry) => entry.kind === 'cjs')!.lib; // the instance `glue` is

describe('the scratch path of small one-shot hashes', () => {
  const capacity = glue.scratchCapacity();
  const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

  it('agrees with node:crypto at and around its capacity, and with the streaming path', () => {
    for (const length of [0, 1, 63, 64, 65, capacity - 1, capacity, capacity + 1]) {
      const data = pseudoRandomBytes(length, length);
      expect(hex(lib.sha256(data)), `${length} bytes`).toBe(sha256(data));
      expect(hex(lib.sha256(data))).toBe(hex(lib.sha256.create().update(data).digest()));
    }
  });

  it('keeps working after the memory grows and after a panic re-instantiates the module', () => {
    const data = pseudoRandomBytes(100, 1);
    expect(hex(lib.sha256(data))).toBe(sha256(data));
    const before = glue.wasmMemory().buffer.byteLength;
    lib.sha256.batch([new Uint8Array(32 << 20)]); // needs more memory than before
    expect(glue.wasmMemory().buffer.byteLength).toBeGreaterThan(before);
    expect(hex(lib.sha256(data))).toBe(sha256(data));
    expect(() => lib.__debugPanic('scratch test')).toThrow(lib.WasmPanicError);
    expect(hex(lib.sha256(data))).toBe(sha256(data));
  });

  it('wipes the message from the buffer after hashing it', () => {
    const message = pseudoRandomBytes(200, 31337);
    lib.sha256(message);
    const memory = Buffer.from(glue.wasmMemory().buffer);
    expect(memory.indexOf(message.subarray(0, 32))).toBe(-1);
    expect(memory.indexOf(message.subarray(100, 132))).toBe(-1);
  });
});
