// The computations compared across environments. Plain JS, so the browser page (no bundler)
// and the Node test process run literally the same code; results are plain arrays and hex.

/** Deterministic bytes (xorshift32), so every run and environment sees the same input. */
export function pseudoRandomBytes(length, seed = 1) {
  const out = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

/** Lower-case hex of bytes; Buffer is not available in the browser. */
export function toHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hashing({ sha256, sha256Batch }) {
  return {
    abc: toHex(sha256('abc')),
    oneMiB: toHex(sha256(pseudoRandomBytes(1 << 20, 7))),
    batch: toHex(sha256Batch(['', 'abc', pseudoRandomBytes(1000, 3), 'a'.repeat(200)])),
  };
}

function filters({ grayscale, boxBlur }) {
  const image = { data: new Uint8ClampedArray(pseudoRandomBytes(16 * 16 * 4, 11)), width: 16, height: 16 };
  const gray = grayscale(image);
  return { grayscale: Array.from(gray.data), blurred: Array.from(boxBlur(gray, 2).data) };
}

function simulation({ ParticleWorld }) {
  const world = new ParticleWorld({ gravity: [0, -9.81] });
  try {
    world.addParticles([0, 10, 5, 20, -3, 0.5, 1.25, 7], [1, 0, -2, 3, 0.5, 0.5, 0, -1]);
    for (let i = 0; i < 100; i++) world.step(1 / 60);
    return Array.from(world.positions);
  } finally {
    world.dispose();
  }
}

/** Runs every computation against already-initialised packages. */
export function runWorkload({ crypto, imaging, physics }) {
  return {
    sha256: hashing(crypto),
    imaging: filters(imaging),
    positions: simulation(physics),
    variants: {
      crypto: crypto.wasmInfo().variant,
      imaging: imaging.wasmInfo().variant,
      physics: physics.wasmInfo().variant,
    },
  };
}
