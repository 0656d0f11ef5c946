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
