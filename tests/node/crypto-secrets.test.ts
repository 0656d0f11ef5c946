// The wasm allocator wipes every block it frees: after a call that took a secret (password, key,
// IKM) no 32-byte window of that secret, nor of the derived output, may remain anywhere in the
// family module's linear memory. Each family's Node glue is loaded by absolute path with require,
// so require's cache hands back the very instance the CommonJS package uses (as in hmac.test.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, pseudoRandomBytes } from './entries.js';

interface Glue {
  wasmMemory(): WebAssembly.Memory;
  heapLiveBytes(): number;
}

const requireGlue = createRequire(import.meta.url);
const glueOf = (family: string): Glue => requireGlue(fileURLToPath(new URL(`../../packages/crypto/wasm/wasm_crypto_${family}.node.cjs`, import.meta.url))) as Glue;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lib = cryptoEntries.find((entry) => entry.kind === 'cjs')!.lib as any; // loaded by require, like the glue

/** Whether any 32-byte window (step 8) of `needle` occurs in `haystack`. */
function containsWindow(haystack: Uint8Array, needle: Uint8Array): boolean {
  const hay = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  for (let at = 0; at + 32 <= needle.length; at += 8) if (hay.indexOf(needle.subarray(at, at + 32)) !== -1) return true;
  return false;
}
const inWasmMemory = (glue: Glue, needle: Uint8Array): boolean => containsWindow(new Uint8Array(glue.wasmMemory().buffer), needle);

/** A hash of the whole memory, to show a call really ran in this instance (contents change). */
function fingerprint(glue: Glue): string {
  const mem = new Uint8Array(glue.wasmMemory().buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < mem.length; i += 1) h = Math.imul(h ^ mem[i]!, 0x01000193);
  return `${mem.length}:${h >>> 0}`;
}

let seed = 1000;
const secret = (length = 200): Uint8Array => pseudoRandomBytes(length, ++seed);

describe('the scanner (positive and negative controls, in JS memory)', () => {
  it('finds a secret copied into a larger buffer, at any offset', () => {
    const s = secret();
    for (const offset of [0, 1, 7, 1000, 4096 - 200]) {
      const buffer = Buffer.alloc(4096, 0xaa);
      Buffer.from(s).copy(buffer, offset);
      expect(containsWindow(buffer, s)).toBe(true);
      // also when only a 40-byte piece of it survives
      const piece = Buffer.alloc(4096);
      Buffer.from(s.subarray(100, 140)).copy(piece, offset);
      expect(containsWindow(piece, s)).toBe(true);
    }
  });
  it('does not find it where it is not', () => {
    const s = secret();
    expect(containsWindow(Buffer.alloc(1 << 16, 0), s)).toBe(false);
    expect(containsWindow(pseudoRandomBytes(1 << 16, 99999), s)).toBe(false);
  });
});

describe('secrets are wiped from wasm memory (CJS instance)', () => {
  it('each family glue is the instance the package uses', () => {
    // Streaming objects show it directly: creating one raises that module's live heap.
    for (const [family, create] of [
      ['sha2', () => lib.sha256.create()],
      ['sha3', () => lib.sha3_256.create()],
      ['sha3_addons', () => lib.kmac128.create(secret(), {})],
      ['blake3', () => lib.blake3.create({ key: secret(32) })],
    ] as const) {
      const glue = glueOf(family);
      const before = glue.heapLiveBytes();
      const hasher = create();
      expect(glue.heapLiveBytes(), family).toBeGreaterThan(before);
      hasher.dispose();
    }
    // One-shot families: a call changes that module's memory.
    for (const [family, call] of [
      ['argon2', () => lib.argon2id('pw', 'saltsalt', { t: 1, m: 64, p: 1 })],
      ['scrypt', () => lib.scrypt('pw', 'salt', { N: 16, r: 1, p: 1 })],
      ['bcrypt', () => lib.bcrypt('pw', { cost: 4, salt: new Uint8Array(16).fill(9) })],
    ] as const) {
      const glue = glueOf(family);
      const before = fingerprint(glue);
      call();
      expect(fingerprint(glue), family).not.toBe(before);
    }
  });

  describe('argon2', () => {
    const glue = glueOf('argon2');
    it.each(['argon2id', 'argon2i', 'argon2d'])('%s: password, key and the 64-byte output', (name) => {
      const password = secret();
      const out = lib[name](password, 'saltsaltsalt', { t: 1, m: 256, p: 2, dkLen: 64 });
      expect(out.length).toBe(64);
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const key = secret();
      const out2 = lib[name]('pw', 'saltsaltsalt', { t: 1, m: 256, p: 1, dkLen: 64, key });
      expect(inWasmMemory(glue, key)).toBe(false);
      expect(inWasmMemory(glue, out2)).toBe(false);
    });
    it('hashPassword / verifyPassword (argon2id) and the async variant', async () => {
      const password = secret();
      const encoded: string = lib.hashPassword(password, { t: 1, m: 256, p: 1 });
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(lib.verifyPassword(encoded, password)).toBe(true);
      expect(inWasmMemory(glue, password)).toBe(false);
      const tag = Buffer.from(encoded.split('$')[5]!, 'base64');
      expect(inWasmMemory(glue, new Uint8Array(tag))).toBe(false);
      const p2 = secret();
      const out = await lib.argon2idAsync(p2, 'saltsaltsalt', { t: 1, m: 128, p: 1, dkLen: 64 });
      expect(inWasmMemory(glue, p2)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
    });
  });

  describe('scrypt', () => {
    const glue = glueOf('scrypt');
    it('scrypt, scryptAsync and hashPassword/verifyPassword: password and the 64-byte output', async () => {
      const password = secret();
      const out = lib.scrypt(password, 'NaCl', { N: 64, r: 4, p: 2, dkLen: 64 });
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const p2 = secret();
      const out2 = await lib.scryptAsync(p2, 'NaCl', { N: 64, r: 2, p: 1, dkLen: 64 });
      expect(inWasmMemory(glue, p2)).toBe(false);
      expect(inWasmMemory(glue, out2)).toBe(false);
      const p3 = secret();
      const encoded: string = lib.hashPassword(p3, { algorithm: 'scrypt', N: 64, r: 2, p: 1 });
      expect(inWasmMemory(glue, p3)).toBe(false);
      expect(lib.verifyPassword(encoded, p3)).toBe(true);
      expect(inWasmMemory(glue, p3)).toBe(false);
    });
  });

  describe('bcrypt', () => {
    const glue = glueOf('bcrypt');
    it('password (72 bytes used; 200 given) and the hash', () => {
      const password = secret();
      const encoded: string = lib.bcrypt(password, { cost: 4 });
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(lib.bcryptVerify(password, encoded)).toBe(true);
      expect(inWasmMemory(glue, password)).toBe(false);
      const p72 = secret(72);
      const e72: string = lib.bcrypt(p72, { cost: 4 });
      expect(inWasmMemory(glue, p72)).toBe(false);
      expect(lib.verifyPassword(e72, p72)).toBe(true);
      expect(inWasmMemory(glue, p72)).toBe(false);
    });
  });

  describe('sha2 (HMAC, PBKDF2, HKDF)', () => {
    const glue = glueOf('sha2');
    it.each(['sha256', 'sha384', 'sha512'])('hmac(%s) one-shot and streamed keys', (hash) => {
      const key = secret();
      lib.hmac(lib[hash], key, 'message');
      expect(inWasmMemory(glue, key)).toBe(false);
      const k2 = secret();
      const mac = lib.hmac.create(lib[hash], k2);
      expect(inWasmMemory(glue, k2)).toBe(false);
      mac.update('x').digest();
      expect(inWasmMemory(glue, k2)).toBe(false);
    });
    it('pbkdf2: password and the 64-byte output (sync and async)', async () => {
      const password = secret();
      const out = lib.pbkdf2(lib.sha256, password, 'salt', { c: 100, dkLen: 64 });
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const p2 = secret();
      const out2 = await lib.pbkdf2Async(lib.sha512, p2, 'salt', { c: 50, dkLen: 64 });
      expect(inWasmMemory(glue, p2)).toBe(false);
      expect(inWasmMemory(glue, out2)).toBe(false);
      const p3 = secret();
      const encoded: string = lib.hashPassword(p3, { algorithm: 'pbkdf2-sha256', c: 100 });
      expect(inWasmMemory(glue, p3)).toBe(false);
      expect(lib.verifyPassword(encoded, p3)).toBe(true);
      expect(inWasmMemory(glue, p3)).toBe(false);
    });
    it('hkdf / extract / expand: IKM, PRK and the 64-byte output', () => {
      const ikm = secret();
      const out = lib.hkdf(lib.sha256, ikm, 'salt', 'info', 64);
      expect(inWasmMemory(glue, ikm)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const ikm2 = secret();
      const prk = lib.extract(lib.sha512, ikm2, 'salt');
      expect(inWasmMemory(glue, ikm2)).toBe(false);
      expect(inWasmMemory(glue, prk)).toBe(false);
      const okm = lib.expand(lib.sha512, prk, 'info', 64);
      expect(inWasmMemory(glue, prk)).toBe(false);
      expect(inWasmMemory(glue, okm)).toBe(false);
    });
  });

  describe('blake3 (keyed)', () => {
    const glue = glueOf('blake3');
    it('32-byte key, one-shot and streamed, and a 64-byte keyed output', () => {
      const key = secret(32);
      const out = lib.blake3(secret(), { key, dkLen: 64 });
      expect(inWasmMemory(glue, key)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const k2 = secret(32);
      const hasher = lib.blake3.create({ key: k2, dkLen: 64 });
      hasher.update('abc');
      const out2 = hasher.digest();
      expect(inWasmMemory(glue, k2)).toBe(false);
      expect(inWasmMemory(glue, out2)).toBe(false);
    });
  });

  describe('sha3 and its add-ons (KMAC, HMAC-SHA3, PBKDF2-SHA3)', () => {
    const glue = glueOf('sha3_addons');
    it.each(['kmac128', 'kmac256', 'kmac128xof', 'kmac256xof'])('%s key, one-shot and streamed', (name) => {
      const key = secret();
      const out = lib[name](key, 'message', { dkLen: 64 });
      expect(inWasmMemory(glue, key)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
      const k2 = secret();
      const mac = lib[name].create(k2, { dkLen: 64 });
      expect(inWasmMemory(glue, k2)).toBe(false);
      mac.update('m');
      const out2 = mac.digest();
      expect(inWasmMemory(glue, k2)).toBe(false);
      expect(inWasmMemory(glue, out2)).toBe(false);
    });
    it('keccakP: neither the state in nor the state out stays in memory', () => {
      const glue = glueOf('sha3');
      const state = new Uint32Array(secret(200).buffer);
      const before = new Uint8Array(state.buffer).slice();
      lib.keccakP(state, 12);
      expect(inWasmMemory(glue, before), 'state in').toBe(false);
      expect(inWasmMemory(glue, new Uint8Array(state.buffer)), 'state out').toBe(false);
    });
    it('hmac(sha3_256) and pbkdf2(sha3_512)', () => {
      const glue = glueOf('sha3');
      const key = secret();
      lib.hmac(lib.sha3_256, key, 'm');
      expect(inWasmMemory(glue, key)).toBe(false);
      const password = secret();
      const out = lib.pbkdf2(lib.sha3_512, password, 'salt', { c: 10, dkLen: 64 });
      expect(inWasmMemory(glue, password)).toBe(false);
      expect(inWasmMemory(glue, out)).toBe(false);
    });
  });
});

describe('the copies this package makes in JS memory (of string secrets, and of keys kept for reset)', () => {
  /** Runs `work`, returning every UTF-8 encoding made meanwhile (how string secrets become bytes). */
  function encodingsDuring(work: () => void): Uint8Array[] {
    const encode = TextEncoder.prototype.encode;
    const made: Uint8Array[] = [];
    TextEncoder.prototype.encode = function (this: TextEncoder, text?: string) {
      const bytes = encode.call(this, text);
      made.push(bytes);
      return bytes;
    };
    try {
      work();
    } finally {
      TextEncoder.prototype.encode = encode;
    }
    return made;
  }
  const wiped = (made: Uint8Array[]) => made.length > 0 && made.every((bytes) => bytes.every((b) => b === 0));

  it('are wiped when a later argument is refused (Argon2 password, then a bad key or secret)', () => {
    const stored: string = lib.hashPassword('pw', { t: 1, m: 64 });
    const attempts = [
      () => lib.argon2id('a password of some length', new Uint8Array(16), { t: 1, m: 64, p: 1, key: 42 }), // a byte salt: only the password is encoded
      () => lib.verifyPassword(stored, 'a password of some length', { secret: 42 }),
    ];
    for (const attempt of attempts) {
      const made = encodingsDuring(() => expect(attempt).toThrow(TypeError));
      expect(wiped(made), attempt.toString()).toBe(true);
    }
  });

  it('are wiped when a hash refuses its key or another option (BLAKE2, BLAKE3)', () => {
    const refusals = [
      () => lib.blake3.create({ key: 'a key of the wrong length' }),
      () => lib.blake3('m', { key: 'k'.repeat(32), dkLen: -1 }),
      () => lib.blake3.batch(['m'], { key: 'a key of the wrong length' }),
      () => lib.blake2b.create({ key: 'k'.repeat(86) }),
      () => lib.blake2b.create({ key: 'k'.repeat(32), dkLen: 0 }),
      () => lib.kmac128('k'.repeat(32), 'm', { personalization: 42 }),
    ];
    for (const refusal of refusals) {
      const made = encodingsDuring(() => expect(refusal).toThrow());
      expect(made.filter((bytes) => bytes.length >= 25).every((bytes) => bytes.every((b) => b === 0)), refusal.toString()).toBe(true);
    }
  });

  it('a keyed hasher keeps its key for reset() until dispose(), then wipes it; a clone has a copy of its own', () => {
    interface KeyedHasher {
      update(message: string): KeyedHasher;
      digest(): Uint8Array;
      reset(): KeyedHasher;
      clone(): KeyedHasher;
      dispose(): void;
    }
    let hasher: KeyedHasher | undefined;
    const made = encodingsDuring(() => void (hasher = lib.blake3.create({ key: 'k'.repeat(32) })));
    const first = Buffer.from(hasher!.update('abc').digest()).toString('hex');
    expect(wiped(made)).toBe(false); // kept: reset() after digest() starts over with it
    const clone = hasher!.reset().clone();
    hasher!.dispose();
    expect(wiped(made)).toBe(true);
    expect(Buffer.from(clone.update('abc').digest()).toString('hex')).toBe(first);
    expect(Buffer.from(clone.reset().update('abc').digest()).toString('hex')).toBe(first); // its own key copy
    clone.dispose();
  });
});

