// Arbitrary input never traps: every public function either works or throws a TypeError or
// RangeError (or, for a hasher used after digest(), a plain Error saying so). A WasmPanicError
// here would mean input reached Rust unchecked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, imagingEntries, physicsEntries } from './entries.js';

const [{ lib: crypto }] = cryptoEntries as [(typeof cryptoEntries)[0]];
const [{ lib: imaging }] = imagingEntries as [(typeof imagingEntries)[0]];
const [{ lib: physics }] = physicsEntries as [(typeof physicsEntries)[0]];

/** Values users might pass by mistake, plus well-formed ones. */
const anyInput = fc.oneof(
  fc.anything(),
  fc.uint8Array({ maxLength: 64 }),
  fc.float32Array({ maxLength: 16 }),
  fc.array(fc.double(), { maxLength: 16 }),
  fc.double(),
  fc.integer({ min: -5, max: 20_000 }),
  fc.record({ data: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.anything()), width: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.anything()), height: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.anything()) }),
  fc.record({ data: fc.uint8Array({ maxLength: 64 }), offsets: fc.oneof(fc.uint32Array({ maxLength: 8 }), fc.anything()) }),
);

/** Calls `fn`, accepting success or a TypeError/RangeError; anything else fails the property. */
function wellBehaved(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    return error instanceof TypeError || error instanceof RangeError;
  }
}

describe('arbitrary input gets a TypeError or RangeError, never a trap', () => {
  it('crypto', () => {
    const before = crypto.sha256.create(); // a panic would make it stale
    fc.assert(
      fc.property(anyInput, (input) =>
        wellBehaved(() => crypto.sha256(input as never)) &&
        wellBehaved(() => crypto.sha512.batch(input as never)) &&
        wellBehaved(() => crypto.sha384.create().update(input as never).digest()) &&
        wellBehaved(() => crypto.hmac(crypto.sha256, input as never, input as never)) &&
        wellBehaved(() => crypto.hmac(input as never, 'key', 'message')) &&
        wellBehaved(() => crypto.equalBytes(input as never, new Uint8Array(2))) &&
        wellBehaved(() => crypto.bytesToHex(input as never)) &&
        wellBehaved(() => crypto.bytesToBase64(input as never)) &&
        wellBehaved(() => crypto.bytesToUtf8(input as never)) &&
        wellBehaved(() => crypto.hexToBytes(input as never)) &&
        wellBehaved(() => crypto.base64ToBytes(input as never)) &&
        wellBehaved(() => crypto.utf8ToBytes(input as never)),
      ),
      { numRuns: 2000 },
    );
    expect(before.update('still alive').digest()).toHaveLength(32);
  });

  it('crypto: every family with arbitrary options', () => {
    // Numbers stay small: they set work or memory (t, m, N, c, cost), and a call cannot be
    // interrupted. Junk values are drawn from a fixed list for the same reason (an arbitrary
    // object could carry c = 2^31).
    const junk = fc.constantFrom(undefined, null, NaN, Infinity, -0, 1.5, -1, '8', 'abc', {}, [], true, 10n);
    const small = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double({ min: -4, max: 40 }), junk);
    const options = fc.oneof(
      junk,
      fc.record(
        { dkLen: small, key: anyInput, salt: anyInput, personalization: anyInput, context: anyInput, NISTfn: anyInput, D: small, blockLen: small, seed: fc.oneof(small, fc.bigInt()) },
        { requiredKeys: [] },
      ),
      fc.record(
        // bcrypt's cost is an exponent: keep it below 7 (each step doubles the work, 31 takes hours).
        { t: small, m: small, p: small, N: small, r: small, c: small, cost: fc.oneof(fc.integer({ min: -3, max: 6 }), junk), dkLen: small, maxmem: small, version: small, key: anyInput },
        { requiredKeys: [] },
      ),
    );
    const ok = (fn: () => unknown): boolean => {
      try {
        fn();
        return true;
      } catch (error) {
        return error instanceof TypeError || error instanceof RangeError || error instanceof crypto.WasmError;
      }
    };
    const before = crypto.blake3.create();
    fc.assert(
      fc.property(anyInput, options, (input, opts) =>
        [crypto.shake128, crypto.cshake256, crypto.parallelhash128, crypto.turboshake128, crypto.kt128, crypto.blake2b, crypto.blake2s, crypto.blake3, crypto.xxhash64, crypto.xxhash32]
          .every((hash) => ok(() => hash(input as never, opts as never)) && ok(() => hash.create(opts as never).update(input as never).digest())) &&
        ok(() => crypto.kmac256(input as never, 'message', opts as never)) &&
        ok(() => crypto.tuplehash128(input as never, opts as never)) &&
        ok(() => crypto.hkdf(crypto.sha256, input as never, input as never, input as never, (opts as { dkLen?: number })?.dkLen as never)) &&
        ok(() => crypto.pbkdf2(crypto.sha256, input as never, 'salt', opts as never)) &&
        ok(() => crypto.argon2id(input as never, 'somesaltsomesalt', opts as never)) &&
        ok(() => crypto.scrypt('pw', input as never, opts as never)) &&
        ok(() => crypto.bcrypt(input as never, opts as never)) &&
        ok(() => crypto.verifyPassword(input as never, 'pw')) &&
        ok(() => crypto.hashPassword(input as never, { ...(typeof opts === 'object' ? opts : {}), m: 64, t: 1, N: 16, c: 1, cost: 4 } as never)),
      ),
      { numRuns: 300 },
    );
    expect(before.update('still alive').digest()).toHaveLength(32); // no panic reset the module
  });

  it('crypto: PHC and bcrypt strings', () => {
    const phcLike = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQ$', '$scrypt$ln=4,r=1,p=1$c2FsdA$', '$pbkdf2-sha256$i=1,l=32$c2FsdA$', '$pbkdf2-sha256$1$c2FsdA$', '$pbkdf2-sha512$12$', '$pbkdf2$1$', '$2b$04$').chain((prefix) => fc.string({ maxLength: 60 }).map((rest) => prefix + rest)),
    );
    fc.assert(
      fc.property(phcLike, (encoded) => {
        try {
          crypto.verifyPassword(encoded, 'pw');
          return true;
        } catch (error) {
          return error instanceof TypeError || error instanceof RangeError || error instanceof crypto.WasmError;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('crypto: base64 and hex strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (text) => wellBehaved(() => crypto.base64ToBytes(text)) && wellBehaved(() => crypto.hexToBytes(text))), {
      numRuns: 3000,
    });
  });

  it('imaging', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (image, radius) =>
        wellBehaved(() => imaging.grayscale(image as never)) && wellBehaved(() => imaging.boxBlur(image as never, radius as never)),
      ),
      { numRuns: 2000 },
    );
  });

  it('physics', () => {
    const world = new physics.ParticleWorld();
    fc.assert(
      fc.property(anyInput, anyInput, anyInput, (a, b, dt) =>
        wellBehaved(() => new physics.ParticleWorld({ gravity: a as never }).dispose()) &&
        wellBehaved(() => world.addParticles(a as never, b as never)) &&
        wellBehaved(() => world.step(dt as never)) &&
        wellBehaved(() => world.setGravity(a as never, b as never)),
      ),
      { numRuns: 2000 },
    );
    expect(() => world.step(0.01)).not.toThrow(); // would be stale after a panic
    world.dispose();
  });

});
